// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package zkelementjudge

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

// ZkElementJudgeMetaData contains all meta data concerning the ZkElementJudge contract.
var ZkElementJudgeMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIZkElementVerifier\",\"name\":\"verifier_\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"maxTerms_\",\"type\":\"uint32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"BadElementProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"terms\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"max\",\"type\":\"uint32\"}],\"name\":\"TooManyTerms\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"kernel\",\"type\":\"uint8\"}],\"name\":\"UnjudgedKernel\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"nd\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"e\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"value\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"operands\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"check\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxTerms\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"nd\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"e\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"q\",\"type\":\"uint64\"}],\"name\":\"operandRef\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"slot\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"verifier\",\"outputs\":[{\"internalType\":\"contractIZkElementVerifier\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "ZkElementJudge",
	Bin: "0x60c060405234801561000f575f5ffd5b506040516112dc3803806112dc83398101604081905261002e9161004a565b6001600160a01b0390911660805263ffffffff1660a052610095565b5f5f6040838503121561005b575f5ffd5b82516001600160a01b0381168114610071575f5ffd5b602084015190925063ffffffff8116811461008a575f5ffd5b809150509250929050565b60805160a0516112136100c95f395f81816053015281816105cb015261061301525f8181609401526101db01526112135ff3fe608060405234801561000f575f5ffd5b506004361061004a575f3560e01c80631221216f1461004e5780632b7ac3f31461008f5780638060cc91146100ce578063a1ac40a5146100ff575b5f5ffd5b6100757f000000000000000000000000000000000000000000000000000000000000000081565b60405163ffffffff90911681526020015b60405180910390f35b6100b67f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610086565b6100e16100dc366004610f00565b610120565b6040805160ff909316835263ffffffff909116602083015201610086565b61011261010d366004610f7d565b61013a565b604051908152602001610086565b5f5f61012d85858561027e565b915091505b935093915050565b5f5f6101468989610549565b9050610153816004611032565b8514158061016357506101808314155b15610181576040516301e5cc5360e31b815260040160405180910390fd5b5f61018c8787610648565b90505f6101af888861019f898987610683565b6101aa8f8f8f6106df565b6107eb565b6040805180820182528481526020810183905290516370ffa84160e11b81529192506001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169163e1ff508291610212918a918a91600401611049565b5f6040518083038186803b158015610228575f5ffd5b505afa925050508015610239575060015b610256576040516301e5cc5360e31b815260040160405180910390fd5b87876040516102669291906110a3565b60405180910390209350505050979650505050505050565b5f808460ff811660010361038c575f5f5f5f61029a8a5f61083b565b6102a58b600161083b565b6102b08c600261083b565b6102bb8d600361083b565b93509350935093505f5f5f848c6001600160401b03166102db91906110c6565b6102ee866001600160401b038f166110d9565b6102f960028e6110ec565b91945092506001600160401b0316905061031460028c611119565b6001600160401b03165f0361036c575f8460021461034657816103378886611032565b6103419190611146565b61035b565b836103518984611032565b61035b9190611146565b995099505050505050505050610132565b60018460011461038157826103378784611032565b816103518885611032565b8060ff1660021480156103a85750836001600160401b03166001145b156103d75760016103ba87600161083b565b6103cd906001600160401b0388166110d9565b9250925050610132565b8060ff16600f1480156103f457506003846001600160401b031610155b1561040557835f9250925050610132565b8060ff16600b03610443575f856001600160401b031661042688600161083b565b610439906001600160401b038816611032565b6103cd9190611146565b8060ff16600c0361045a575f849250925050610132565b8060ff16600a036104e9575f61047187600161083b565b90505f81610488816001600160401b038a166110c6565b6104929190611032565b905081866001600160401b0316106104c9576001826104ba6001600160401b03891684611146565b6104c49190611159565b6104dd565b5f6104dd6001600160401b03881683611146565b94509450505050610132565b8060ff16601103610508575f6103cd87876001600160401b0316610863565b8060ff1660120361053f575f61053187876001600160401b0316876001600160401b03166109be565b5f9550935061013292505050565b5091949293505050565b5f826105558184610c26565b9150815f03610581576040516330599fc760e01b815260ff821660048201526024015b60405180910390fd5b5f8160ff16600b148061059757508160ff16600c145b806105a557508160ff166012145b6105c55760026105b6846001611146565b6105c091906110c6565b6105c7565b825b90507f000000000000000000000000000000000000000000000000000000000000000063ffffffff1681111561064057604051637f4e89cd60e01b815263ffffffff80831660048301527f0000000000000000000000000000000000000000000000000000000000000000166024820152604401610578565b505092915050565b5f5f5160206111be5f395f51905f5283836040516106679291906110a3565b60405190819003902061067a91906110d9565b90505b92915050565b5f5f5160206111be5f395f51905f526106a2610140610100868861116c565b846040516020016106b593929190611193565b604051602081830303815290604052805190602001205f1c6106d791906110d9565b949350505050565b5f838180600560ff841614806106f857508260ff166006145b8061070657508260ff16600d145b8061071457508260ff16600e145b8061072257508260ff16600f145b8061073057508260ff166010145b156107435761074087600161083b565b91505b8260ff16600c148061075857508260ff16600a145b1561076a57610767875f61083b565b91505b8260ff16600f036107835761078087600261083b565b90505b8260ff16600a036107c3576020600861079d89600161083b565b6107b0906001600160401b038a166110d9565b901b6107bd89600161083b565b17901b90505b604881901b60288663ffffffff16901b600884901b8560ff1617171793505050509392505050565b5f848460021c5b801561081f575f19015f5160206111be5f395f51905f5285600283901b84013560e01c85010992506107f2565b50505f5160206111be5f395f51905f5282820895945050505050565b5f610847826020611032565b610852906008611146565b83901c63ffffffff16905092915050565b5f5f61086e84610da6565b90505f8161010001518461088291906110c6565b90505f8261010001518561089691906110d9565b90505f836040015184608001516108ad9190611032565b6108b790836110c6565b60a085015160c086015160e08701516108d090876110c6565b6108da91906110d9565b6108e49190611032565b855160e087015160c08801516108fa9190611032565b61090490876110c6565b61090e9190611032565b6109189190611146565b6109229190611146565b90505f846080015185604001518461093a91906110c6565b61094491906110d9565b60a086015160e087015161095890876110d9565b6109629190611032565b61096c9190611146565b905084604001518361097e91906110d9565b8560400151828760200151856109949190611032565b61099e9190611146565b6109a89190611032565b6109b29190611146565b98975050505050505050565b5f5f5f6109ca86610da6565b90508060400151856109dc91906110d9565b610140820152602081015160408201515f91906109f990886110c6565b610a0391906110d9565b90505f825f015183602001518460400151610a1e9190611032565b610a2890896110c6565b610a3291906110d9565b9050825f015183602001518460400151610a4c9190611032565b610a569190611032565b610a6090886110c6565b6101208401525f5b836060015181108015610a7b5750818111155b15610c1a575f610a8b8284611159565b90508460a0015181610a9d91906110d9565b151580610abc575060c085015160a0860151610ab990836110c6565b10155b15610ac75750610c08565b5f5b856080015181108015610adc5750848111155b15610c055760a0860151610af08287611159565b610afa91906110d9565b151580610b23575060e086015160a0870151610b168388611159565b610b2091906110c6565b10155b610bf357888803610be557856101400151866040015182886080015186610b4a9190611032565b610b549190611146565b610b5e9190611032565b61010088015160a0890151610b73858a611159565b610b7d91906110c6565b60e08a015160a08b0151610b9190886110c6565b8b60c001518c6101200151610ba69190611032565b610bb09190611146565b610bba9190611032565b610bc49190611146565b610bce9190611032565b610bd89190611146565b610be29190611146565b96505b87610bef816111a5565b9850505b80610bfd816111a5565b915050610ac9565b50505b80610c12816111a5565b915050610a68565b50505050935093915050565b5f8260ff8116600103610c5157610c3e84600161083b565b610c49906002611032565b91505061067d565b8060ff1660031480610c6657508060ff166007145b80610c7457508060ff166010145b80610c8257508060ff166011145b15610c9157600191505061067d565b8060ff1660021480610cb6575060048160ff1610158015610cb6575060068160ff1611155b80610cc457508060ff166008145b80610cd257508060ff16600d145b80610ce057508060ff16600e145b15610cef57600291505061067d565b8060ff16600f03610d0457600591505061067d565b8060ff16600a03610d4d575f610d1b85600161083b565b905060018110158015610d2f5750600a8111155b610d39575f610d44565b610d44816002611032565b9250505061067d565b8060ff16600b1480610d6257508060ff16600c145b15610d7157610c49845f61083b565b8060ff16601203610d9d575f610d9285856001600160401b03165f196109be565b50925061067d915050565b505f9392505050565b610df86040518061016001604052805f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81525090565b5f610e0483600161083b565b90505f610e1284600361083b565b61ffff83168452601083901c60208501529050610e3084600261083b565b604084015260ff80821660608501819052600883901c9091166080850152601082901c60a0850181905284519091610e6791611159565b610e7191906110c6565b610e7c906001611146565b60c084015260a083015160808401516020850151610e9a9190611159565b610ea491906110c6565b610eaf906001611146565b60e0840152604083015160808401516060850151610ecd9190611032565b610ed79190611032565b610100840152509092915050565b80356001600160401b0381168114610efb575f5ffd5b919050565b5f5f5f60608486031215610f12575f5ffd5b83359250610f2260208501610ee5565b9150610f3060408501610ee5565b90509250925092565b5f5f83601f840112610f49575f5ffd5b5081356001600160401b03811115610f5f575f5ffd5b602083019150836020828501011115610f76575f5ffd5b9250929050565b5f5f5f5f5f5f5f60a0888a031215610f93575f5ffd5b87359650610fa360208901610ee5565b9550604088013563ffffffff81168114610fbb575f5ffd5b945060608801356001600160401b03811115610fd5575f5ffd5b610fe18a828b01610f39565b90955093505060808801356001600160401b03811115610fff575f5ffd5b61100b8a828b01610f39565b989b979a50959850939692959293505050565b634e487b7160e01b5f52601160045260245ffd5b808202811582820484141761067d5761067d61101e565b60608152826060820152828460808301375f608084830101525f6080601f19601f860116830101905060208201835f5b6002811015611098578151835260209283019290910190600101611079565b505050949350505050565b818382375f9101908152919050565b634e487b7160e01b5f52601260045260245ffd5b5f826110d4576110d46110b2565b500490565b5f826110e7576110e76110b2565b500690565b5f6001600160401b03831680611104576111046110b2565b806001600160401b0384160491505092915050565b5f6001600160401b03831680611131576111316110b2565b806001600160401b0384160691505092915050565b8082018082111561067d5761067d61101e565b8181038181111561067d5761067d61101e565b5f5f8585111561117a575f5ffd5b83861115611186575f5ffd5b5050820193919092039150565b82848237909101908152602001919050565b5f600182016111b6576111b661101e565b506001019056fe30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001a2646970667358221220cf6c5470aa5033ac688670d13eb6e5e2841b1ed5093391a41459e03f6a18a7d964736f6c63430008250033",
}

// ZkElementJudge is an auto generated Go binding around an Ethereum contract.
type ZkElementJudge struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ZkElementJudge) GetABI() abi.ABI {
	return c.abi
}

// NewZkElementJudge creates a new instance of ZkElementJudge.
func NewZkElementJudge() *ZkElementJudge {
	parsed, err := ZkElementJudgeMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ZkElementJudge{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ZkElementJudge) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address verifier_, uint32 maxTerms_) returns()
func (zkElementJudge *ZkElementJudge) PackConstructor(verifier_ common.Address, maxTerms_ uint32) []byte {
	enc, err := zkElementJudge.abi.Pack("", verifier_, maxTerms_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackCheck is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa1ac40a5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function check(uint256 nd, uint64 e, uint32 value, bytes operands, bytes proof) view returns(bytes32)
func (zkElementJudge *ZkElementJudge) PackCheck(nd *big.Int, e uint64, value uint32, operands []byte, proof []byte) []byte {
	enc, err := zkElementJudge.abi.Pack("check", nd, e, value, operands, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCheck is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa1ac40a5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function check(uint256 nd, uint64 e, uint32 value, bytes operands, bytes proof) view returns(bytes32)
func (zkElementJudge *ZkElementJudge) TryPackCheck(nd *big.Int, e uint64, value uint32, operands []byte, proof []byte) ([]byte, error) {
	return zkElementJudge.abi.Pack("check", nd, e, value, operands, proof)
}

// UnpackCheck is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa1ac40a5.
//
// Solidity: function check(uint256 nd, uint64 e, uint32 value, bytes operands, bytes proof) view returns(bytes32)
func (zkElementJudge *ZkElementJudge) UnpackCheck(data []byte) ([32]byte, error) {
	out, err := zkElementJudge.abi.Unpack("check", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMaxTerms is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1221216f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxTerms() view returns(uint32)
func (zkElementJudge *ZkElementJudge) PackMaxTerms() []byte {
	enc, err := zkElementJudge.abi.Pack("maxTerms")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxTerms is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1221216f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxTerms() view returns(uint32)
func (zkElementJudge *ZkElementJudge) TryPackMaxTerms() ([]byte, error) {
	return zkElementJudge.abi.Pack("maxTerms")
}

// UnpackMaxTerms is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1221216f.
//
// Solidity: function maxTerms() view returns(uint32)
func (zkElementJudge *ZkElementJudge) UnpackMaxTerms(data []byte) (uint32, error) {
	out, err := zkElementJudge.abi.Unpack("maxTerms", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackOperandRef is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8060cc91.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function operandRef(uint256 nd, uint64 e, uint64 q) pure returns(uint8 slot, uint32 index)
func (zkElementJudge *ZkElementJudge) PackOperandRef(nd *big.Int, e uint64, q uint64) []byte {
	enc, err := zkElementJudge.abi.Pack("operandRef", nd, e, q)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOperandRef is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8060cc91.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function operandRef(uint256 nd, uint64 e, uint64 q) pure returns(uint8 slot, uint32 index)
func (zkElementJudge *ZkElementJudge) TryPackOperandRef(nd *big.Int, e uint64, q uint64) ([]byte, error) {
	return zkElementJudge.abi.Pack("operandRef", nd, e, q)
}

// OperandRefOutput serves as a container for the return parameters of contract
// method OperandRef.
type OperandRefOutput struct {
	Slot  uint8
	Index uint32
}

// UnpackOperandRef is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8060cc91.
//
// Solidity: function operandRef(uint256 nd, uint64 e, uint64 q) pure returns(uint8 slot, uint32 index)
func (zkElementJudge *ZkElementJudge) UnpackOperandRef(data []byte) (OperandRefOutput, error) {
	out, err := zkElementJudge.abi.Unpack("operandRef", data)
	outstruct := new(OperandRefOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Slot = *abi.ConvertType(out[0], new(uint8)).(*uint8)
	outstruct.Index = *abi.ConvertType(out[1], new(uint32)).(*uint32)
	return *outstruct, nil
}

// PackVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b7ac3f3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifier() view returns(address)
func (zkElementJudge *ZkElementJudge) PackVerifier() []byte {
	enc, err := zkElementJudge.abi.Pack("verifier")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b7ac3f3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifier() view returns(address)
func (zkElementJudge *ZkElementJudge) TryPackVerifier() ([]byte, error) {
	return zkElementJudge.abi.Pack("verifier")
}

// UnpackVerifier is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2b7ac3f3.
//
// Solidity: function verifier() view returns(address)
func (zkElementJudge *ZkElementJudge) UnpackVerifier(data []byte) (common.Address, error) {
	out, err := zkElementJudge.abi.Unpack("verifier", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (zkElementJudge *ZkElementJudge) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], zkElementJudge.abi.Errors["BadElementProof"].ID.Bytes()[:4]) {
		return zkElementJudge.UnpackBadElementProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], zkElementJudge.abi.Errors["TooManyTerms"].ID.Bytes()[:4]) {
		return zkElementJudge.UnpackTooManyTermsError(raw[4:])
	}
	if bytes.Equal(raw[:4], zkElementJudge.abi.Errors["UnjudgedKernel"].ID.Bytes()[:4]) {
		return zkElementJudge.UnpackUnjudgedKernelError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ZkElementJudgeBadElementProof represents a BadElementProof error raised by the ZkElementJudge contract.
type ZkElementJudgeBadElementProof struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadElementProof()
func ZkElementJudgeBadElementProofErrorID() common.Hash {
	return common.HexToHash("0x0f2e6298d336a604f6512d8606b6f42d894b1a61b91666301aa3838cde518a40")
}

// UnpackBadElementProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadElementProof()
func (zkElementJudge *ZkElementJudge) UnpackBadElementProofError(raw []byte) (*ZkElementJudgeBadElementProof, error) {
	out := new(ZkElementJudgeBadElementProof)
	if err := zkElementJudge.abi.UnpackIntoInterface(out, "BadElementProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ZkElementJudgeTooManyTerms represents a TooManyTerms error raised by the ZkElementJudge contract.
type ZkElementJudgeTooManyTerms struct {
	Terms uint32
	Max   uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyTerms(uint32 terms, uint32 max)
func ZkElementJudgeTooManyTermsErrorID() common.Hash {
	return common.HexToHash("0x7f4e89cdf9cb1a88e2d6984662e21ced540431804c0cc1ebbb07d411a728e355")
}

// UnpackTooManyTermsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyTerms(uint32 terms, uint32 max)
func (zkElementJudge *ZkElementJudge) UnpackTooManyTermsError(raw []byte) (*ZkElementJudgeTooManyTerms, error) {
	out := new(ZkElementJudgeTooManyTerms)
	if err := zkElementJudge.abi.UnpackIntoInterface(out, "TooManyTerms", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ZkElementJudgeUnjudgedKernel represents a UnjudgedKernel error raised by the ZkElementJudge contract.
type ZkElementJudgeUnjudgedKernel struct {
	Kernel uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnjudgedKernel(uint8 kernel)
func ZkElementJudgeUnjudgedKernelErrorID() common.Hash {
	return common.HexToHash("0x30599fc7c4478cc2788498078154dd274c7d43fe519342067df269f7f5bd6912")
}

// UnpackUnjudgedKernelError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnjudgedKernel(uint8 kernel)
func (zkElementJudge *ZkElementJudge) UnpackUnjudgedKernelError(raw []byte) (*ZkElementJudgeUnjudgedKernel, error) {
	out := new(ZkElementJudgeUnjudgedKernel)
	if err := zkElementJudge.abi.UnpackIntoInterface(out, "UnjudgedKernel", raw); err != nil {
		return nil, err
	}
	return out, nil
}
