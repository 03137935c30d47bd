// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package pinpointshapesharness

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// PinpointShapesNode is an auto generated low-level Go binding around an user-defined struct.
type PinpointShapesNode struct {
	Kernel    uint8
	P0        uint32
	P1        uint32
	P2        uint32
	P3        uint32
	Numel     uint64
	OutHeader [32]byte
	Src0Kind  uint8
	Src0Index uint32
	Src1Kind  uint8
	Src1Index uint32
	Src2Kind  uint8
	Src2Index uint32
	Src3Kind  uint8
	Src3Index uint32
	Src4Kind  uint8
	Src4Index uint32
}

// PinpointShapesShape is an auto generated low-level Go binding around an user-defined struct.
type PinpointShapesShape struct {
	Op    uint8
	KindA uint8
	KindB uint8
	SlotA uint8
	SlotB uint8
	PayA  uint32
	PayB  uint32
}

// PinpointShapesHarnessMetaData contains all meta data concerning the PinpointShapesHarness contract.
var PinpointShapesHarnessMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"step\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"length\",\"type\":\"uint64\"}],\"name\":\"StepOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"kernel\",\"type\":\"uint8\"}],\"name\":\"UnknownKernel\",\"type\":\"error\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"kernel\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"p0\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"p1\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"p2\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"p3\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"numel\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"outHeader\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"src0Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src0Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src1Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src1Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src2Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src2Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src3Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src3Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src4Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src4Index\",\"type\":\"uint32\"}],\"internalType\":\"structPinpointShapes.Node\",\"name\":\"d\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"e\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"i\",\"type\":\"uint64\"}],\"name\":\"stepShape\",\"outputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"op\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"kindA\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"kindB\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"slotA\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"slotB\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"payA\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"payB\",\"type\":\"uint32\"}],\"internalType\":\"structPinpointShapes.Shape\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"kernel\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"p0\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"p1\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"p2\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"p3\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"numel\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"outHeader\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"src0Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src0Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src1Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src1Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src2Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src2Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src3Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src3Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src4Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src4Index\",\"type\":\"uint32\"}],\"internalType\":\"structPinpointShapes.Node\",\"name\":\"d\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"e\",\"type\":\"uint64\"}],\"name\":\"traceLeaves\",\"outputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"out\",\"type\":\"bytes32[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"kernel\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"p0\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"p1\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"p2\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"p3\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"numel\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"outHeader\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"src0Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src0Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src1Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src1Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src2Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src2Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src3Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src3Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src4Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src4Index\",\"type\":\"uint32\"}],\"internalType\":\"structPinpointShapes.Node\",\"name\":\"d\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"e\",\"type\":\"uint64\"}],\"name\":\"traceLength\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"kernel\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"p0\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"p1\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"p2\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"p3\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"numel\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"outHeader\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"src0Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src0Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src1Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src1Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src2Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src2Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src3Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src3Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src4Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src4Index\",\"type\":\"uint32\"}],\"internalType\":\"structPinpointShapes.Node\",\"name\":\"d\",\"type\":\"tuple\"}],\"name\":\"validNode\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "PinpointShapesHarness",
	Bin: "0x6080604052348015600e575f5ffd5b5061242a8061001c5f395ff3fe608060405234801561000f575f5ffd5b506004361061004a575f3560e01c80630d87db121461004e5780634db8868e146100765780636031c8eb146100965780638dd2e43f146100b6575b5f5ffd5b61006161005c366004611d99565b6100e1565b60405190151581526020015b60405180910390f35b610089610084366004611dcf565b6100ff565b60405161006d9190611e03565b6100a96100a4366004611e45565b6101d4565b60405161006d9190611e89565b6100c96100c4366004611dcf565b6101ff565b6040516001600160401b03909116815260200161006d565b5f6100f96100f436849003840184611f6d565b610218565b92915050565b60605f61011136859003850185611f6d565b90505f61011e82856103db565b9050806001600160401b03166001600160401b0381111561014157610141611f01565b60405190808252806020026020018201604052801561016a578160200160208202803683370190505b5092505f5b816001600160401b0316816001600160401b031610156101cb5761019d610197848784610520565b5f610774565b84826001600160401b0316815181106101b8576101b86120b5565b602090810291909101015260010161016f565b50505092915050565b6101dc611d47565b6101f56101ee36869003860186611f6d565b8484610520565b90505b9392505050565b5f6101f861021236859003850185611f6d565b836103db565b60a08101515f906001600160401b031663ffffffff81158061023957508082115b1561024757505f9392505050565b83516020850151604086015163ffffffff91821691165f1960ff8416016102a2576002876080015163ffffffff1611158015610297575084876060015163ffffffff168361029591906120dd565b145b979650505050505050565b60011960ff8416016102c357801580159061029757508461029582846120dd565b6102cc83610807565b156102dd5750909214949350505050565b60ff8316600914806102f2575060ff8316600a145b156103655780158015906103215750601d61031360116401000000006120f4565b61031d919061211b565b8111155b801561033657508361033382846120dd565b11155b801561029757508460ff84166009146103585761035382846120dd565b610295565b8214979650505050505050565b600a1960ff841601610391578361037c82846120dd565b11158015610297575090931495945050505050565b600b1960ff8416016103ac5750506001909214949350505050565b60ff8316601114806103c1575060ff83166012145b156103cf576102978761084b565b505f9695505050505050565b81515f90816103e982610807565b905080156103fd5760ff1691506100f99050565b5f1960ff83160161042757604085015161041e9063ffffffff16600261212e565b925050506100f9565b60011960ff83160161043e576001925050506100f9565b60081960ff83160161046b5760408501516104609063ffffffff16601d61212e565b61041e906011612150565b60091960ff83160161049857604085015161048d9063ffffffff16601a61212e565b61041e90601a612150565b600a1960ff8316016104b757505050602082015163ffffffff166100f9565b600b1960ff8316016104d957602085015161041e9063ffffffff166001612150565b60ff8216601114806104ee575060ff82166012145b156104fd5761041e8585610945565b60405163ab7751dd60e01b815260ff831660048201526024015b60405180910390fd5b610528611d47565b5f61053385856103db565b9050806001600160401b0316836001600160401b03161061057a57604051631613821360e01b81526001600160401b03808516600483015282166024820152604401610517565b84515f61058682610807565b905080156105de576105d46105a86001600160401b038716600884901c61216f565b5f5f896001600160401b03168b6040015163ffffffff1660208d6060015163ffffffff16901b17610a2c565b93505050506101f8565b5f1960ff8316016105f4576105d4878787610a92565b60011960ff831601610654576105d46001600160281b63ffffffff89161761064f60018b6040015163ffffffff168b61062d9190612182565b6001600160401b0316602082901b63ffffffff821617600160281b1792915050565b610c02565b60ff821660091480610669575060ff8216600a145b1561068b576105d487876001600160401b0316876001600160401b0316610c71565b600a1960ff8316016106d4576105d460016106af876001600160401b03165f6110b2565b61064f5f8a8c6040015163ffffffff168b6106ca919061212e565b61062d9190612150565b60ff8216601114806106e9575060ff82166012145b156106f9576105d48787876110d5565b866020015163ffffffff16856001600160401b0316101561073e576105d4600161072c876001600160401b03165f6110b2565b600160281b63ffffffff891617610c02565b6102976004610756876001600160401b03165f6110b2565b6107698a6020015163ffffffff1661117d565b63ffffffff16610c02565b5f5f6060610781846111a2565b63ffffffff16901b60806107988660c001516111a2565b63ffffffff16901b60a06107af8760a001516111a2565b63ffffffff16901b60d8876080015160ff16901b60e0886060015160ff16901b60e8896040015160ff16901b60f08a6020015160ff16901b60f88b5f015160ff16901b171717171717179050805f1b91505092915050565b5f601260ff8316111561081b57505f919050565b5f6040518060600160405280602681526020016123cf602691396002939093029092016020015160f01c92915050565b5f63ffffffff818061085c856111e2565b915091505f826060015183604001518460200151855f015161087e91906120dd565b61088891906120dd565b61089291906120dd565b90505f83606001518460a0015185608001518661010001518760e00151885f01516108bd91906120dd565b6108c791906120dd565b6108d191906120dd565b6108db91906120dd565b6108e591906120dd565b60a08801519091506001600160401b031683801561090257508015155b801561090e5750858311155b801561091a5750858211155b801561093957508751819060ff166011146109355783610937565b825b145b98975050505050505050565b5f601160ff16835f015160ff160361095f575060016100f9565b5f5f61096a856111e2565b915091508061099457845160405163ab7751dd60e01b815260ff9091166004820152602401610517565b5f6109de838460200151856040015186606001516109b291906120dd565b6109c5906001600160401b038a1661211b565b6109cf91906121af565b85608001518660e00151611365565b9150505f610a1e8485604001518660600151896001600160401b0316610a04919061211b565b610a0e91906121af565b8660a00151876101000151611365565b9150610297905081836120dd565b610a34611d47565b5f604051806101a00160405280610174815260200161225b61017491396004880281016020015190915061093960f882901c610a7c60f484901c60e885901c8b8b8b8b611436565b61064f60f085901c60e086901c8c8c8c8c611436565b610a9a611d47565b60208401516040850151606086015163ffffffff9283169291821691165f610ac282886121c2565b90505f610acf8389612182565b90505f610add6002896121c2565b9050610aea600289612182565b6001600160401b03165f03610bb6575f8a6080015163ffffffff16600214610b265781610b17878661212e565b610b219190612150565b610b3b565b83610b31888461212e565b610b3b9190612150565b90505f8b6080015163ffffffff16600114610b6a5783610b5b878561212e565b610b659190612150565b610b7f565b82610b75888661212e565b610b7f9190612150565b9050610ba76003600160281b63ffffffff8516176501010000000063ffffffff851617610c02565b985050505050505050506101f8565b610bf46001610bd7610bc8828c6121ef565b6001600160401b03165f6110b2565b61064f610be560018d6121ef565b63ffffffff16600160291b1790565b9a9950505050505050505050565b610c0a611d47565b6040518060e001604052808560ff168152602001602885901c60ff168152602001602884901c60ff168152602001602085901c60ff168152602001602084901c60ff1681526020018463ffffffff1681526020018363ffffffff1681525090509392505050565b610c79611d47565b6040840151845163ffffffff9091169060ff16600a145f81610ca457610c9f83876120dd565b610cb8565b610cae83876121af565b610cb890876120f4565b90505f83600114610cd657610cd1610be56002866120f4565b610ce4565b600160281b63ffffffff8316175b905083610cf287600161216f565b1015610d6157610d5660068715610d1657610d11610be560018a6120f4565b610d24565b600160281b63ffffffff8516175b61064f5f610d328b8861216f565b610d3d90600161216f565b602082901b63ffffffff821617600160281b1792915050565b9450505050506101f8565b5f600185610d716017600361216f565b610d7b91906120dd565b610d8591906120f4565b905080871015610e80575f610d9c6017600261216f565b86610da88a600161216f565b610db291906120f4565b610dbc91906121af565b90505f610dc9828a6120f4565b9050815f03610e2457610e166002610e105f610de660178461216f565b8b610df28f600161216f565b610dfc91906120f4565b610e06919061211b565b610d3d908a61216f565b86610c02565b9750505050505050506101f8565b60178211610e5a57610e16610e3a6001846120f4565b610e4583600161216f565b63ffffffff8416600160291b175b5f5f610a2c565b610e166001610e7283610e6d838c6120f4565b6110b2565b61064f610be560178661216f565b5f610e8b82896120f4565b90508415610f9157805f03610ebf57610eb26002600160281b63ffffffff8c161785610c02565b96505050505050506101f8565b60178111610ef257610eb2610ed56001836120f4565b610ee084600161216f565b63ffffffff8516600160291b17610e53565b610efe6017600161216f565b8103610f2557610eb26004610f17610be560018c6120f4565b61064f610be56001876120f4565b610f316017600261216f565b8103610f5e57610eb26002610f4a610be560018c6120f4565b6501010000000063ffffffff8d1617610c02565b610eb26003610f71610be560018c6120f4565b610769633f800000610f8c8f6020015163ffffffff1661117d565b611574565b610f9c8660036120dd565b811015611035575f610faf6003836121af565b610fb9908a6120f4565b9050610fc66003836121af565b5f03610fe057610e166002610e105f610e0660038761211b565b610feb6003836121af565b60010361101857610e1660036110066001610e06838761211b565b63ffffffff8416600160291b17610c02565b610e16600161102783866110b2565b61064f610be585600161216f565b6110408660036120dd565b61104a90826120f4565b9050601181101561107b57610eb261106382601761216f565b61106d838b6120f4565b610e53610be56001876120f4565b610bf4600261108e610be560018c6120f4565b61064f600161109e8b60036120dd565b6110a8908861216f565b610be591906120f4565b5f8183146110cd576110c8610be56001856120f4565b6101f8565b505f92915050565b6110dd611d47565b5f6110e7856111e2565b509050601160ff16855f015160ff16036111295761112160036111175f610d3d85896001600160401b03166116d9565b633f800000610c02565b9150506101f8565b5f5f61114883876001600160401b0316876001600160401b031661183a565b915091506102976001611164876001600160401b03165f6110b2565b61064f5f610d3d888c6001600160401b0316898961190f565b5f5f821215611197576100f963800000005f848103611a6c565b6100f95f5f84611a6c565b5f60188263ffffffff16901b60088363ffffffff16901b62ff00001660088463ffffffff16901c61ff001660188563ffffffff16901c1717179050919050565b6112286040518061012001604052805f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81525090565b50604080516101208101825260208084015163ffffffff9081168352848401805161ffff9081169385019390935251601090811c831694840194909452606080860151909116908301526080808501805160ff908116928501839052815160081c1660a08501525190931c1660c08201525f60e082018190526101008201819052909115806112b9575060a0820151155b806112c6575060c0820151155b806112d8575081608001518260200151105b806112ea57508160a001518260400151105b156112f65750915f9150565b8160c001518260800151836020015161130f91906120f4565b611319919061211b565b61132490600161216f565b60e083015260c082015160a0830151604084015161134291906120f4565b61134c919061211b565b61135790600161216f565b610100830152509160019150565b5f5f5f8660c0015160018561137a91906120f4565b61138491906120dd565b90505f818711611394575f61139e565b61139e82886120f4565b60c08901519091506113b082896120f4565b6113ba91906121af565b6113c4908261216f565b93505f876113d36001896120f4565b106113de57876113e9565b6113e96001886120f4565b9050808511156113ff57505f925061142d915050565b60c0890151859061141082846120f4565b61141a919061211b565b61142590600161216f565b945094505050505b94509492505050565b600f959095169460ff94909416935f86611479575f6040518060800160405280604c815260200161220f604c913960048802016020015160e01c915061156a9050565b60011987016114965761148f610be5878761216f565b905061156a565b60021987016114ac57506503000000000061156a565b866004036114bb57508261156a565b60078710156114ec5761148f6114d26005896120f4565b84602082901b63ffffffff821617600160281b1792915050565b86600703611501575063ffffffff811661156a565b8660080361152457611517633f80000083611b16565b63ffffffff16905061156a565b86600903611540576501020000000063ffffffff84161761148f565b600c8710156115635761148f6115576007896120f4565b60201b600160281b1790565b50602081901c5b9695505050505050565b5f828218638000000016637fffffff808516908416637f8000008211806115a45750637f80000063ffffffff8216115b156115b857637fc0000093505050506100f9565b637f7fffff1963ffffffff8316016115f75763ffffffff8116637f800000146115e757637f80000083176115ed565b637fc000005b93505050506100f9565b637f7fffff1963ffffffff821601611614578293505050506100f9565b8063ffffffff165f036116395763ffffffff8216156115e757637f80000083176115ed565b8163ffffffff165f03611651578293505050506100f9565b5f5f61165c84611b27565b915091505f5f61166b85611b27565b9092509050604084901b5f83828161168557611685612107565b0490505f84838161169857611698612107565b06156116a55760016116a7565b5f5b60ff1690506116c88a63ffffffff1660418689030383600186901b17611a6c565b9d9c50505050505050505050505050565b5f5f83606001518460a0015185608001516116f491906120dd565b6116fe91906120dd565b90505f61170b828561211b565b90505f61171883866121af565b90505f86606001518760a0015161172f91906120dd565b611739908361211b565b60c088015160e08901516101008a0151611753908761211b565b61175d91906121af565b61176791906120dd565b611771919061216f565b90505f8760a00151886060015184611789919061211b565b61179391906121af565b60c08901516101008a01516117a890876121af565b6117b291906120dd565b6117bc919061216f565b90508760600151836117ce91906121af565b8860600151828a60400151858c602001518d61010001518e60e001516117f491906120dd565b6117fe908b61211b565b61180891906120dd565b611812919061216f565b61181c91906120dd565b611826919061216f565b61183091906120dd565b610939919061216f565b5f5f5f61187d8687602001518860400151896060015161185a91906120dd565b611864908961211b565b61186e91906121af565b88608001518960e00151611365565b5090505f5f6118b58889604001518a606001518a61189b919061211b565b6118a591906121af565b8a60a001518b6101000151611365565b60c08a015191935091506118c9828861211b565b6118d391906120dd565b6118dd908461216f565b60c08901516118ec83896121af565b6118f691906120dd565b611900908461216f565b94509450505050935093915050565b5f5f8560c001518487602001518860400151896060015161193091906120dd565b61193a908961211b565b61194491906121af565b61194e91906120f4565b611958919061211b565b90505f8660c00151848860400151896060015189611976919061211b565b61198091906121af565b61198a91906120f4565b611994919061211b565b90505f81886101000151848a60e001518b602001518c604001518d606001516119bd91906120dd565b6119c791906120dd565b6119d1908c61211b565b6119db91906120dd565b6119e5919061216f565b6119ef91906120dd565b6119f9919061216f565b9050876060015187611a0b91906121af565b8860600151868a60a0015189611a2191906120dd565b611a2b919061216f565b611a3591906120dd565b60608a015160a08b015160808c0151611a4e90866120dd565b611a5891906120dd565b611a6291906120dd565b611830919061216f565b5f815f03611a7b5750826101f8565b811e60e8819003609419859003811215611a9757846094190390505b5f5f821315611ae3575083811c815f19600180831b820188169183011b80821180611acf57508082148015611acf5750836001166001145b15611adb578360010193505b505050611aec565b815f0385901b90505b60958683010160171b8101637f8000008110611b095750637f8000005b9096179695505050505050565b5f6101f88363800000008418611b5c565b627fffff81165f60ff601784901c16808203611b47576094199150611b56565b62800000831792506096810391505b50915091565b5f637fffffff838116908316637f80000082101580611b855750637f80000063ffffffff821610155b15611c1757637f80000063ffffffff83161180611bab5750637f80000063ffffffff8216115b15611bbe57637fc00000925050506100f9565b637f7fffff1963ffffffff831601611c0d5763ffffffff8116637f800000148015611bf557508363ffffffff168563ffffffff1614155b611bff578461041e565b637fc00000925050506100f9565b83925050506100f9565b8063ffffffff165f03611c415763ffffffff821615611c36578461041e565b5050508181166100f9565b8163ffffffff165f03611c585783925050506100f9565b5f5f611c6384611b27565b915091505f5f611c7285611b27565b915091505f818412611cae578184036040811115611ca057604086901b955060019350604085039150611ca8565b94851b948291505b50611cda565b8382036040811115611cd057604084901b935060019550604083039150611cd8565b92831b928491505b505b63800000008a8116908a168103611d0757611cf88183868901611a6c565b985050505050505050506100f9565b83861115611d1c57611cf88183868903611a6c565b85841115611d3757611cf863800000008b1683888703611a6c565b505f9a9950505050505050505050565b6040805160e0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c081019190915290565b5f6102208284031215611d93575f5ffd5b50919050565b5f6102208284031215611daa575f5ffd5b6101f88383611d82565b80356001600160401b0381168114611dca575f5ffd5b919050565b5f5f6102408385031215611de1575f5ffd5b611deb8484611d82565b9150611dfa6102208401611db4565b90509250929050565b602080825282518282018190525f918401906040840190835b81811015611e3a578351835260209384019390920191600101611e1c565b509095945050505050565b5f5f5f6102608486031215611e58575f5ffd5b611e628585611d82565b9250611e716102208501611db4565b9150611e806102408501611db4565b90509250925092565b5f60e08201905060ff835116825260ff602084015116602083015260ff604084015116604083015260ff606084015116606083015260ff608084015116608083015260a0830151611ee260a084018263ffffffff169052565b5060c0830151611efa60c084018263ffffffff169052565b5092915050565b634e487b7160e01b5f52604160045260245ffd5b60405161022081016001600160401b0381118282101715611f4457634e487b7160e01b5f52604160045260245ffd5b60405290565b803560ff81168114611dca575f5ffd5b803563ffffffff81168114611dca575f5ffd5b5f610220828403128015611f7f575f5ffd5b50611f88611f15565b611f9183611f4a565b8152611f9f60208401611f5a565b6020820152611fb060408401611f5a565b6040820152611fc160608401611f5a565b6060820152611fd260808401611f5a565b6080820152611fe360a08401611db4565b60a082015260c08381013590820152611ffe60e08401611f4a565b60e08201526120106101008401611f5a565b6101008201526120236101208401611f4a565b6101208201526120366101408401611f5a565b6101408201526120496101608401611f4a565b61016082015261205c6101808401611f5a565b61018082015261206f6101a08401611f4a565b6101a08201526120826101c08401611f5a565b6101c08201526120956101e08401611f4a565b6101e08201526120a86102008401611f5a565b6102008201529392505050565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b80820281158282048414176100f9576100f96120c9565b818103818111156100f9576100f96120c9565b634e487b7160e01b5f52601260045260245ffd5b5f8261212957612129612107565b500490565b6001600160401b038181168382160290811690818114611efa57611efa6120c9565b6001600160401b0381811683821601908111156100f9576100f96120c9565b808201808211156100f9576100f96120c9565b5f6001600160401b0383168061219a5761219a612107565b806001600160401b0384160691505092915050565b5f826121bd576121bd612107565b500690565b5f6001600160401b038316806121da576121da612107565b806001600160401b0384160491505092915050565b6001600160401b0382811682821603908111156100f9576100f96120c956fec2ae000042b000003fb8aa3b4b4000003f318000b95e80833ab60b613c0888893d2aaaab3e2aaaab3f0000003f8000003e638e393e9249253ecccccd3f2aaaab400000003f31721800000000064000000720000103200102012002030220030303200404022201050320040502220607030206080120090703220a0801200b0803220c0801200d0903220e0801200f0a032210080120110b032212080120130b09230400032214150a4300000b4300000220010b0120010b042202030322040403020c050120060d032207050120080e0322090501200a0f03220b0501200c100320001103220d0401220e0f065000120856000003750000012600000376000002520000015500000620000007200101032002020120030302200403032005040222020603200505022207080302060901200a0703220b0901200c0803220d0901200e0903220f090120100a032211090120120b032213090120140b09230500032215160120170b0402101802020b190355000002020b000362000103750000038600000122000103660000037500000382000001220102020a0b0004620000020b0b000492000205230300012c040003720001042206050252000703570000000000000000280129012a022c022e1b490300000000000000004c034f0453095c0100000000a2646970667358221220af9e4158d4e73c11b5cd53fafbf564ad4f0ba606c3adf5b44c82490fe5fefbcd64736f6c63430008250033",
}

// PinpointShapesHarness is an auto generated Go binding around an Ethereum contract.
type PinpointShapesHarness struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *PinpointShapesHarness) GetABI() abi.ABI {
	return c.abi
}

// NewPinpointShapesHarness creates a new instance of PinpointShapesHarness.
func NewPinpointShapesHarness() *PinpointShapesHarness {
	parsed, err := PinpointShapesHarnessMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &PinpointShapesHarness{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *PinpointShapesHarness) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackStepShape is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6031c8eb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stepShape((uint8,uint32,uint32,uint32,uint32,uint64,bytes32,uint8,uint32,uint8,uint32,uint8,uint32,uint8,uint32,uint8,uint32) d, uint64 e, uint64 i) pure returns((uint8,uint8,uint8,uint8,uint8,uint32,uint32))
func (pinpointShapesHarness *PinpointShapesHarness) PackStepShape(d PinpointShapesNode, e uint64, i uint64) []byte {
	enc, err := pinpointShapesHarness.abi.Pack("stepShape", d, e, i)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStepShape is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6031c8eb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stepShape((uint8,uint32,uint32,uint32,uint32,uint64,bytes32,uint8,uint32,uint8,uint32,uint8,uint32,uint8,uint32,uint8,uint32) d, uint64 e, uint64 i) pure returns((uint8,uint8,uint8,uint8,uint8,uint32,uint32))
func (pinpointShapesHarness *PinpointShapesHarness) TryPackStepShape(d PinpointShapesNode, e uint64, i uint64) ([]byte, error) {
	return pinpointShapesHarness.abi.Pack("stepShape", d, e, i)
}

// UnpackStepShape is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6031c8eb.
//
// Solidity: function stepShape((uint8,uint32,uint32,uint32,uint32,uint64,bytes32,uint8,uint32,uint8,uint32,uint8,uint32,uint8,uint32,uint8,uint32) d, uint64 e, uint64 i) pure returns((uint8,uint8,uint8,uint8,uint8,uint32,uint32))
func (pinpointShapesHarness *PinpointShapesHarness) UnpackStepShape(data []byte) (PinpointShapesShape, error) {
	out, err := pinpointShapesHarness.abi.Unpack("stepShape", data)
	if err != nil {
		return *new(PinpointShapesShape), err
	}
	out0 := *abi.ConvertType(out[0], new(PinpointShapesShape)).(*PinpointShapesShape)
	return out0, nil
}

// PackTraceLeaves is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4db8868e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function traceLeaves((uint8,uint32,uint32,uint32,uint32,uint64,bytes32,uint8,uint32,uint8,uint32,uint8,uint32,uint8,uint32,uint8,uint32) d, uint64 e) pure returns(bytes32[] out)
func (pinpointShapesHarness *PinpointShapesHarness) PackTraceLeaves(d PinpointShapesNode, e uint64) []byte {
	enc, err := pinpointShapesHarness.abi.Pack("traceLeaves", d, e)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTraceLeaves is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4db8868e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function traceLeaves((uint8,uint32,uint32,uint32,uint32,uint64,bytes32,uint8,uint32,uint8,uint32,uint8,uint32,uint8,uint32,uint8,uint32) d, uint64 e) pure returns(bytes32[] out)
func (pinpointShapesHarness *PinpointShapesHarness) TryPackTraceLeaves(d PinpointShapesNode, e uint64) ([]byte, error) {
	return pinpointShapesHarness.abi.Pack("traceLeaves", d, e)
}

// UnpackTraceLeaves is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4db8868e.
//
// Solidity: function traceLeaves((uint8,uint32,uint32,uint32,uint32,uint64,bytes32,uint8,uint32,uint8,uint32,uint8,uint32,uint8,uint32,uint8,uint32) d, uint64 e) pure returns(bytes32[] out)
func (pinpointShapesHarness *PinpointShapesHarness) UnpackTraceLeaves(data []byte) ([][32]byte, error) {
	out, err := pinpointShapesHarness.abi.Unpack("traceLeaves", data)
	if err != nil {
		return *new([][32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([][32]byte)).(*[][32]byte)
	return out0, nil
}

// PackTraceLength is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8dd2e43f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function traceLength((uint8,uint32,uint32,uint32,uint32,uint64,bytes32,uint8,uint32,uint8,uint32,uint8,uint32,uint8,uint32,uint8,uint32) d, uint64 e) pure returns(uint64)
func (pinpointShapesHarness *PinpointShapesHarness) PackTraceLength(d PinpointShapesNode, e uint64) []byte {
	enc, err := pinpointShapesHarness.abi.Pack("traceLength", d, e)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTraceLength is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8dd2e43f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function traceLength((uint8,uint32,uint32,uint32,uint32,uint64,bytes32,uint8,uint32,uint8,uint32,uint8,uint32,uint8,uint32,uint8,uint32) d, uint64 e) pure returns(uint64)
func (pinpointShapesHarness *PinpointShapesHarness) TryPackTraceLength(d PinpointShapesNode, e uint64) ([]byte, error) {
	return pinpointShapesHarness.abi.Pack("traceLength", d, e)
}

// UnpackTraceLength is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8dd2e43f.
//
// Solidity: function traceLength((uint8,uint32,uint32,uint32,uint32,uint64,bytes32,uint8,uint32,uint8,uint32,uint8,uint32,uint8,uint32,uint8,uint32) d, uint64 e) pure returns(uint64)
func (pinpointShapesHarness *PinpointShapesHarness) UnpackTraceLength(data []byte) (uint64, error) {
	out, err := pinpointShapesHarness.abi.Unpack("traceLength", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackValidNode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0d87db12.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function validNode((uint8,uint32,uint32,uint32,uint32,uint64,bytes32,uint8,uint32,uint8,uint32,uint8,uint32,uint8,uint32,uint8,uint32) d) pure returns(bool)
func (pinpointShapesHarness *PinpointShapesHarness) PackValidNode(d PinpointShapesNode) []byte {
	enc, err := pinpointShapesHarness.abi.Pack("validNode", d)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackValidNode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0d87db12.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function validNode((uint8,uint32,uint32,uint32,uint32,uint64,bytes32,uint8,uint32,uint8,uint32,uint8,uint32,uint8,uint32,uint8,uint32) d) pure returns(bool)
func (pinpointShapesHarness *PinpointShapesHarness) TryPackValidNode(d PinpointShapesNode) ([]byte, error) {
	return pinpointShapesHarness.abi.Pack("validNode", d)
}

// UnpackValidNode is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0d87db12.
//
// Solidity: function validNode((uint8,uint32,uint32,uint32,uint32,uint64,bytes32,uint8,uint32,uint8,uint32,uint8,uint32,uint8,uint32,uint8,uint32) d) pure returns(bool)
func (pinpointShapesHarness *PinpointShapesHarness) UnpackValidNode(data []byte) (bool, error) {
	out, err := pinpointShapesHarness.abi.Unpack("validNode", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (pinpointShapesHarness *PinpointShapesHarness) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], pinpointShapesHarness.abi.Errors["StepOutOfRange"].ID.Bytes()[:4]) {
		return pinpointShapesHarness.UnpackStepOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], pinpointShapesHarness.abi.Errors["UnknownKernel"].ID.Bytes()[:4]) {
		return pinpointShapesHarness.UnpackUnknownKernelError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// PinpointShapesHarnessStepOutOfRange represents a StepOutOfRange error raised by the PinpointShapesHarness contract.
type PinpointShapesHarnessStepOutOfRange struct {
	Step   uint64
	Length uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StepOutOfRange(uint64 step, uint64 length)
func PinpointShapesHarnessStepOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x16138213d111a7c6d01432e24846d453aad2f188da41484a39ef28fa984cedcb")
}

// UnpackStepOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StepOutOfRange(uint64 step, uint64 length)
func (pinpointShapesHarness *PinpointShapesHarness) UnpackStepOutOfRangeError(raw []byte) (*PinpointShapesHarnessStepOutOfRange, error) {
	out := new(PinpointShapesHarnessStepOutOfRange)
	if err := pinpointShapesHarness.abi.UnpackIntoInterface(out, "StepOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PinpointShapesHarnessUnknownKernel represents a UnknownKernel error raised by the PinpointShapesHarness contract.
type PinpointShapesHarnessUnknownKernel struct {
	Kernel uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownKernel(uint8 kernel)
func PinpointShapesHarnessUnknownKernelErrorID() common.Hash {
	return common.HexToHash("0xab7751dd29070c63f06f1c43f837ca686a17378476dfaa8c3f9d80dc07155b57")
}

// UnpackUnknownKernelError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownKernel(uint8 kernel)
func (pinpointShapesHarness *PinpointShapesHarness) UnpackUnknownKernelError(raw []byte) (*PinpointShapesHarnessUnknownKernel, error) {
	out := new(PinpointShapesHarnessUnknownKernel)
	if err := pinpointShapesHarness.abi.UnpackIntoInterface(out, "UnknownKernel", raw); err != nil {
		return nil, err
	}
	return out, nil
}
