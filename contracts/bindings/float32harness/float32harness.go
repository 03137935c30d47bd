// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package float32harness

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

// Float32HarnessMetaData contains all meta data concerning the Float32Harness contract.
var Float32HarnessMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"op\",\"type\":\"uint8\"}],\"name\":\"InvalidOp\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"a\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"b\",\"type\":\"uint32\"}],\"name\":\"eq\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"op\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"a\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"b\",\"type\":\"uint32\"}],\"name\":\"eval\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8[]\",\"name\":\"ops\",\"type\":\"uint8[]\"},{\"internalType\":\"uint32[]\",\"name\":\"a\",\"type\":\"uint32[]\"},{\"internalType\":\"uint32[]\",\"name\":\"b\",\"type\":\"uint32[]\"}],\"name\":\"evalBatch\",\"outputs\":[{\"internalType\":\"uint32[]\",\"name\":\"out\",\"type\":\"uint32[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"op\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"a\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"b\",\"type\":\"uint32\"}],\"name\":\"evalGas\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"r\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"gasUsed\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"recs\",\"type\":\"bytes\"}],\"name\":\"evalPacked\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"out\",\"type\":\"bytes\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"a\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"b\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"c\",\"type\":\"uint32\"}],\"name\":\"fma\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32[]\",\"name\":\"a\",\"type\":\"uint32[]\"},{\"internalType\":\"uint32[]\",\"name\":\"b\",\"type\":\"uint32[]\"},{\"internalType\":\"uint32[]\",\"name\":\"c\",\"type\":\"uint32[]\"}],\"name\":\"fmaBatch\",\"outputs\":[{\"internalType\":\"uint32[]\",\"name\":\"out\",\"type\":\"uint32[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"a\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"b\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"c\",\"type\":\"uint32\"}],\"name\":\"fmaGas\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"r\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"gasUsed\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"recs\",\"type\":\"bytes\"}],\"name\":\"fmaPacked\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"out\",\"type\":\"bytes\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"x\",\"type\":\"int256\"}],\"name\":\"fromInt\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"a\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"b\",\"type\":\"uint32\"}],\"name\":\"le\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"a\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"b\",\"type\":\"uint32\"}],\"name\":\"lt\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"x\",\"type\":\"uint32\"}],\"name\":\"toInt\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"ok\",\"type\":\"bool\"},{\"internalType\":\"int256\",\"name\":\"v\",\"type\":\"int256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "Float32Harness",
	Bin: "0x6080604052348015600e575f5ffd5b5061194b8061001c5f395ff3fe608060405234801561000f575f5ffd5b50600436106100cb575f3560e01c80636303db59116100885780638c035e6c116100635780638c035e6c146101d9578063b6727c0814610208578063d2d783861461021b578063f0d0e9d91461022e575f5ffd5b80636303db59146101895780636b300f511461019c5780636effeac4146101af575f5ffd5b806311d3cb9a146100cf5780631a277154146100f857806324a7e7181461010b57806347ecf1af1461012b578063559cbd251461013e5780635bb2226614610161575b5f5ffd5b6100e26100dd3660046115ee565b610241565b6040516100ef919061168d565b60405180910390f35b6100e26101063660046115ee565b61037b565b61011e6101193660046116d5565b6104a9565b6040516100ef9190611743565b61011e6101393660046116d5565b61057f565b61015161014c366004611790565b61064d565b60405190151581526020016100ef565b61017461016f3660046117d1565b610661565b60405163ffffffff90911681526020016100ef565b610151610197366004611790565b610677565b6101746101aa366004611811565b610682565b6101c26101bd366004611828565b61068c565b6040805192151583526020830191909152016100ef565b6101ec6101e7366004611841565b6106a0565b6040805163ffffffff90931683526020830191909152016100ef565b610174610216366004611841565b6106c9565b6101ec6102293660046117d1565b6106d5565b61015161023c366004611790565b6106e6565b60608584811415806102535750828114155b15610274576040516001621398b960e31b0319815260040160405180910390fd5b8067ffffffffffffffff81111561028d5761028d61185c565b6040519080825280602002602001820160405280156102b6578160200160208202803683370190505b5091505f5b8181101561036f576103408989838181106102d8576102d8611870565b90506020020160208101906102ed9190611828565b8888848181106102ff576102ff611870565b90506020020160208101906103149190611828565b87878581811061032657610326611870565b905060200201602081019061033b9190611828565b6106f1565b83828151811061035257610352611870565b63ffffffff909216602092830291909101909101526001016102bb565b50509695505050505050565b606085848114158061038d5750828114155b156103ae576040516001621398b960e31b0319815260040160405180910390fd5b8067ffffffffffffffff8111156103c7576103c761185c565b6040519080825280602002602001820160405280156103f0578160200160208202803683370190505b5091505f5b8181101561036f5761047a89898381811061041257610412611870565b90506020020160208101906104279190611884565b88888481811061043957610439611870565b905060200201602081019061044e9190611828565b87878581811061046057610460611870565b90506020020160208101906104759190611828565b6108ac565b83828151811061048c5761048c611870565b63ffffffff909216602092830291909101909101526001016103f5565b60606104b66009836118b1565b156104d7576040516001621398b960e31b0319815260040160405180910390fd5b5f6104e36009846118d8565b90506104f08160046118eb565b67ffffffffffffffff8111156105085761050861185c565b6040519080825280601f01601f191660200182016040528015610532576020820181803683370190505b5091505f5b81811015610577575f6009820286013560b81c90505f610560604083901c602084901c846108ac565b60e01b600484028601602001525050600101610537565b505092915050565b606061058c600c836118b1565b156105ad576040516001621398b960e31b0319815260040160405180910390fd5b5f6105b9600c846118d8565b90506105c68160046118eb565b67ffffffffffffffff8111156105de576105de61185c565b6040519080825280601f01601f191660200182016040528015610608576020820181803683370190505b5091505f5b81811015610577575f600c820286013560a01c90505f610636604083901c602084901c846106f1565b60e01b60048402860160200152505060010161060d565b5f61065883836109c3565b90505b92915050565b5f61066d8484846108ac565b90505b9392505050565b5f6106588383610a09565b5f61065b82610a4f565b5f5f61069783610a74565b91509150915091565b5f5f5f5a90506106b18686866106f1565b92505a6106be9082611902565b915050935093915050565b5f61066d8484846106f1565b5f5f5f5a90506106b18686866108ac565b5f6106588383610ae1565b5f838318638000000016637fffffff80861690808616908516637f8000008311806107255750637f80000063ffffffff8316115b806107395750637f80000063ffffffff8216115b1561074e57637fc00000945050505050610670565b63ffffffff8316637f800000148061076f575063ffffffff8216637f800000145b156107e45763ffffffff8316158061078b575063ffffffff8216155b156107a057637fc00000945050505050610670565b63ffffffff8116637f8000001480156107bf5750638000000086168414155b156107d457637fc00000945050505050610670565b505050637f800000179050610670565b637f7fffff1963ffffffff8216016108025785945050505050610670565b63ffffffff83161580610819575063ffffffff8216155b15610843578063ffffffff165f036108375750505082169050610670565b85945050505050610670565b5f5f61084e85610b28565b915091505f5f61085d86610b28565b915091508463ffffffff165f0361088c5761087d88828501848702610b5d565b98505050505050505050610670565b61089c888386028386018d610c07565b9c9b505050505050505050505050565b5f5f1960ff8516016108c9576108c28383610ce1565b9050610670565b60021960ff8516016108df576108c28383610ecd565b60011960ff8516016108f5576108c28383610fdd565b60051960ff85160161090b576108c28383610fee565b60031960ff851601610921576108c28383611044565b60071960ff851601610937576108c28383611199565b60061960ff85160161094d576108c283836111ed565b60041960ff851601610962576108c28361123c565b60081960ff851601610977576108c2836112f4565b60091960ff85160161098c576108c283611385565b600a1960ff8516016109a1576108c2836113ee565b604051633e920abf60e21b815260ff8516600482015260240160405180910390fd5b5f637f800000637fffffff8416111580156109e85750637f800000637fffffff831611155b801561065857506109f88261144a565b610a018461144a565b149392505050565b5f637f800000637fffffff841611158015610a2e5750637f800000637fffffff831611155b80156106585750610a3e8261144a565b610a478461144a565b109392505050565b5f5f821215610a695761065b63800000005f848103610b5d565b61065b5f5f84610b5d565b5f80637fffffff8316637f8000008110610a9357505f93849350915050565b5f5f610a9e83610b28565b915091505f5f821215610ab657815f0383901c610aba565b82821b5b90506380000000871615610ad057805f03610ad2565b805b94506001955050505050915091565b5f637f800000637fffffff841611158015610b065750637f800000637fffffff831611155b80156106585750610b168261144a565b610b1f8461144a565b11159392505050565b627fffff81165f60ff601784901c16808203610b48576094199150610b57565b62800000831792506096810391505b50915091565b5f815f03610b6c575082610670565b811e60e8819003609419859003811215610b8857846094190390505b5f5f821315610bd4575083811c815f19600180831b820188169183011b80821180610bc057508082148015610bc05750836001166001145b15610bcc578360010193505b505050610bdd565b815f0385901b90505b60958683010160171b8101637f8000008110610bfa5750637f8000005b9096179695505050505050565b5f5f5f610c19637fffffff8516610b28565b915091505f818612610c55578186036040811115610c4757604088901b975060019350604087039150610c4f565b96871b968291505b50610c81565b8582036050811115610c7757604084901b935060019750604083039150610c7f565b92831b928691505b505b63800000008516808903610ca757610c9c8983868b01610b5d565b945050505050610cd9565b83881115610cbc57610c9c8983868b03610b5d565b87841115610cd157610c9c81838a8703610b5d565b5f9450505050505b949350505050565b5f637fffffff838116908316637f80000082101580610d0a5750637f80000063ffffffff821610155b15610d9d57637f80000063ffffffff83161180610d305750637f80000063ffffffff8216115b15610d4357637fc000009250505061065b565b637f7fffff1963ffffffff831601610d935763ffffffff8116637f800000148015610d7a57508363ffffffff168563ffffffff1614155b610d845784610d8a565b637fc000005b9250505061065b565b839250505061065b565b8063ffffffff165f03610dc75763ffffffff821615610dbc5784610d8a565b50505081811661065b565b8163ffffffff165f03610dde57839250505061065b565b5f5f610de984610b28565b915091505f5f610df885610b28565b915091505f818412610e34578184036040811115610e2657604086901b955060019350604085039150610e2e565b94851b948291505b50610e60565b8382036040811115610e5657604084901b935060019550604083039150610e5e565b92831b928491505b505b63800000008a8116908a168103610e8d57610e7e8183868901610b5d565b9850505050505050505061065b565b83861115610ea257610e7e8183868903610b5d565b85841115610ebd57610e7e63800000008b1683888703610b5d565b505f9a9950505050505050505050565b5f828218638000000016637fffffff808516908416637f800000821180610efd5750637f80000063ffffffff8216115b15610f1157637fc00000935050505061065b565b637f7fffff1963ffffffff831601610f4b5763ffffffff811615610f3b57637f8000008317610f41565b637fc000005b935050505061065b565b637f7fffff1963ffffffff821601610f755763ffffffff821615610f3b57637f8000008317610f41565b63ffffffff82161580610f8c575063ffffffff8116155b15610f9c5782935050505061065b565b5f5f610fa784610b28565b915091505f5f610fb685610b28565b91509150610fcf8763ffffffff16828501848702610b5d565b9a9950505050505050505050565b5f6106588363800000008418610ce1565b5f637f800000637fffffff841611806110105750637f800000637fffffff8316115b156110205750637fc0000061065b565b6110298261144a565b6110328461144a565b1161103d5781610658565b5090919050565b5f828218638000000016637fffffff808516908416637f8000008211806110745750637f80000063ffffffff8216115b1561108857637fc00000935050505061065b565b637f7fffff1963ffffffff8316016110b75763ffffffff8116637f80000014610f3b57637f8000008317610f41565b637f7fffff1963ffffffff8216016110d45782935050505061065b565b8063ffffffff165f036110f95763ffffffff821615610f3b57637f8000008317610f41565b8163ffffffff165f036111115782935050505061065b565b5f5f61111c84610b28565b915091505f5f61112b85610b28565b9092509050604084901b5f8382816111455761114561189d565b0490505f8483816111585761115861189d565b0615611165576001611167565b5f5b60ff1690506111888a63ffffffff1660418689030383600186901b17610b5d565b9d9c50505050505050505050505050565b5f637f800000637fffffff841611156111b75750637fc0000061065b565b638000000083161580156111d0575063ffffffff831615155b156111e5576111de82611479565b905061065b565b505f92915050565b5f637f800000637fffffff8416118061120f5750637f800000637fffffff8316115b1561121f5750637fc0000061065b565b6112288261144a565b6112318461144a565b1061103d5781610658565b5f637fffffff8216810361124e575090565b637f80000063ffffffff8316111561126b5750637fc00000919050565b637f7fffff1963ffffffff831601611281575090565b5f5f61128c84610b28565b91509150806001165f146112a55760019190911b905f19015b605082901b5f6112b48261149c565b90505f82828302146112c75760016112c9565b5f5b60ff1690506112e95f60016002604f198801050383600186901b17610b5d565b979650505050505050565b5f637f800000637fffffff831611156113125750637fc00000919050565b5f63800000008316810361134a576342fe00008363ffffffff1610156113405761133b836114f4565b611343565b607f5b9050611379565b6342fc0000637fffffff841610156113725761136b637fffffff84166114f4565b5f03611376565b607d195b90505b607f0160171b92915050565b5f637fffffff8216810361139e575063ff800000919050565b637f80000063ffffffff831611156113bb5750637fc00000919050565b637f7fffff1963ffffffff8316016113d85750637f800000919050565b5f6113e283611534565b91505061067081610a4f565b5f637fffffff8216158061140b575063ffffffff8216637f800000145b1561141b5750633f800000919050565b637f80000063ffffffff831611156114385750637fc00000919050565b5f61144283611534565b509392505050565b5f638000000082161561146957637fffffff821663800000000361065b565b5063ffffffff1663800000000190565b5f637f800000637fffffff831611611491578161065b565b637fc0000092915050565b6001811e610101819003821c82901b915f908385816114bd576114bd61189d565b048401901c90505b828110156114ed5780925060018385816114e1576114e161189d565b048401901c90506114c5565b5050919050565b5f6101ff601783901c16607f81101561150f57505f92915050565b8060960383627fffff16628000001763ffffffff16901c63ffffffff16915050919050565b5f80627fffff83166101ff601785901c16820361156a5760e8811e607d1981900391909101925060e719011b627fffff1661157a565b607e196101ff601786901c160191505b633f80000081179250633fb504f363ffffffff841610610b5757633f0000001793600190910192509050565b5f5f83601f8401126115b6575f5ffd5b50813567ffffffffffffffff8111156115cd575f5ffd5b6020830191508360208260051b85010111156115e7575f5ffd5b9250929050565b5f5f5f5f5f5f60608789031215611603575f5ffd5b863567ffffffffffffffff811115611619575f5ffd5b61162589828a016115a6565b909750955050602087013567ffffffffffffffff811115611644575f5ffd5b61165089828a016115a6565b909550935050604087013567ffffffffffffffff81111561166f575f5ffd5b61167b89828a016115a6565b979a9699509497509295939492505050565b602080825282518282018190525f918401906040840190835b818110156116ca57835163ffffffff168352602093840193909201916001016116a6565b509095945050505050565b5f5f602083850312156116e6575f5ffd5b823567ffffffffffffffff8111156116fc575f5ffd5b8301601f8101851361170c575f5ffd5b803567ffffffffffffffff811115611722575f5ffd5b856020828401011115611733575f5ffd5b6020919091019590945092505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b803563ffffffff8116811461178b575f5ffd5b919050565b5f5f604083850312156117a1575f5ffd5b6117aa83611778565b91506117b860208401611778565b90509250929050565b803560ff8116811461178b575f5ffd5b5f5f5f606084860312156117e3575f5ffd5b6117ec846117c1565b92506117fa60208501611778565b915061180860408501611778565b90509250925092565b5f60208284031215611821575f5ffd5b5035919050565b5f60208284031215611838575f5ffd5b61065882611778565b5f5f5f60608486031215611853575f5ffd5b6117ec84611778565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b5f60208284031215611894575f5ffd5b610658826117c1565b634e487b7160e01b5f52601260045260245ffd5b5f826118bf576118bf61189d565b500690565b634e487b7160e01b5f52601160045260245ffd5b5f826118e6576118e661189d565b500490565b808202811582820484141761065b5761065b6118c4565b8181038181111561065b5761065b6118c456fea26469706673582212204ed746fe473f1e13f296a740bed47d836eb115263a0ce5d04787cc002ec4c7ed64736f6c63430008250033",
}

// Float32Harness is an auto generated Go binding around an Ethereum contract.
type Float32Harness struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Float32Harness) GetABI() abi.ABI {
	return c.abi
}

// NewFloat32Harness creates a new instance of Float32Harness.
func NewFloat32Harness() *Float32Harness {
	parsed, err := Float32HarnessMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Float32Harness{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Float32Harness) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackEq is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x559cbd25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eq(uint32 a, uint32 b) pure returns(bool)
func (float32Harness *Float32Harness) PackEq(a uint32, b uint32) []byte {
	enc, err := float32Harness.abi.Pack("eq", a, b)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEq is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x559cbd25.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function eq(uint32 a, uint32 b) pure returns(bool)
func (float32Harness *Float32Harness) TryPackEq(a uint32, b uint32) ([]byte, error) {
	return float32Harness.abi.Pack("eq", a, b)
}

// UnpackEq is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x559cbd25.
//
// Solidity: function eq(uint32 a, uint32 b) pure returns(bool)
func (float32Harness *Float32Harness) UnpackEq(data []byte) (bool, error) {
	out, err := float32Harness.abi.Unpack("eq", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackEval is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5bb22266.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eval(uint8 op, uint32 a, uint32 b) pure returns(uint32)
func (float32Harness *Float32Harness) PackEval(op uint8, a uint32, b uint32) []byte {
	enc, err := float32Harness.abi.Pack("eval", op, a, b)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEval is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5bb22266.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function eval(uint8 op, uint32 a, uint32 b) pure returns(uint32)
func (float32Harness *Float32Harness) TryPackEval(op uint8, a uint32, b uint32) ([]byte, error) {
	return float32Harness.abi.Pack("eval", op, a, b)
}

// UnpackEval is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5bb22266.
//
// Solidity: function eval(uint8 op, uint32 a, uint32 b) pure returns(uint32)
func (float32Harness *Float32Harness) UnpackEval(data []byte) (uint32, error) {
	out, err := float32Harness.abi.Unpack("eval", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackEvalBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1a277154.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function evalBatch(uint8[] ops, uint32[] a, uint32[] b) pure returns(uint32[] out)
func (float32Harness *Float32Harness) PackEvalBatch(ops []uint8, a []uint32, b []uint32) []byte {
	enc, err := float32Harness.abi.Pack("evalBatch", ops, a, b)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEvalBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1a277154.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function evalBatch(uint8[] ops, uint32[] a, uint32[] b) pure returns(uint32[] out)
func (float32Harness *Float32Harness) TryPackEvalBatch(ops []uint8, a []uint32, b []uint32) ([]byte, error) {
	return float32Harness.abi.Pack("evalBatch", ops, a, b)
}

// UnpackEvalBatch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1a277154.
//
// Solidity: function evalBatch(uint8[] ops, uint32[] a, uint32[] b) pure returns(uint32[] out)
func (float32Harness *Float32Harness) UnpackEvalBatch(data []byte) ([]uint32, error) {
	out, err := float32Harness.abi.Unpack("evalBatch", data)
	if err != nil {
		return *new([]uint32), err
	}
	out0 := *abi.ConvertType(out[0], new([]uint32)).(*[]uint32)
	return out0, nil
}

// PackEvalGas is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd2d78386.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function evalGas(uint8 op, uint32 a, uint32 b) view returns(uint32 r, uint256 gasUsed)
func (float32Harness *Float32Harness) PackEvalGas(op uint8, a uint32, b uint32) []byte {
	enc, err := float32Harness.abi.Pack("evalGas", op, a, b)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEvalGas is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd2d78386.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function evalGas(uint8 op, uint32 a, uint32 b) view returns(uint32 r, uint256 gasUsed)
func (float32Harness *Float32Harness) TryPackEvalGas(op uint8, a uint32, b uint32) ([]byte, error) {
	return float32Harness.abi.Pack("evalGas", op, a, b)
}

// EvalGasOutput serves as a container for the return parameters of contract
// method EvalGas.
type EvalGasOutput struct {
	R       uint32
	GasUsed *big.Int
}

// UnpackEvalGas is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd2d78386.
//
// Solidity: function evalGas(uint8 op, uint32 a, uint32 b) view returns(uint32 r, uint256 gasUsed)
func (float32Harness *Float32Harness) UnpackEvalGas(data []byte) (EvalGasOutput, error) {
	out, err := float32Harness.abi.Unpack("evalGas", data)
	outstruct := new(EvalGasOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.R = *abi.ConvertType(out[0], new(uint32)).(*uint32)
	outstruct.GasUsed = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackEvalPacked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24a7e718.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function evalPacked(bytes recs) pure returns(bytes out)
func (float32Harness *Float32Harness) PackEvalPacked(recs []byte) []byte {
	enc, err := float32Harness.abi.Pack("evalPacked", recs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEvalPacked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24a7e718.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function evalPacked(bytes recs) pure returns(bytes out)
func (float32Harness *Float32Harness) TryPackEvalPacked(recs []byte) ([]byte, error) {
	return float32Harness.abi.Pack("evalPacked", recs)
}

// UnpackEvalPacked is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x24a7e718.
//
// Solidity: function evalPacked(bytes recs) pure returns(bytes out)
func (float32Harness *Float32Harness) UnpackEvalPacked(data []byte) ([]byte, error) {
	out, err := float32Harness.abi.Unpack("evalPacked", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackFma is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb6727c08.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function fma(uint32 a, uint32 b, uint32 c) pure returns(uint32)
func (float32Harness *Float32Harness) PackFma(a uint32, b uint32, c uint32) []byte {
	enc, err := float32Harness.abi.Pack("fma", a, b, c)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFma is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb6727c08.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function fma(uint32 a, uint32 b, uint32 c) pure returns(uint32)
func (float32Harness *Float32Harness) TryPackFma(a uint32, b uint32, c uint32) ([]byte, error) {
	return float32Harness.abi.Pack("fma", a, b, c)
}

// UnpackFma is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb6727c08.
//
// Solidity: function fma(uint32 a, uint32 b, uint32 c) pure returns(uint32)
func (float32Harness *Float32Harness) UnpackFma(data []byte) (uint32, error) {
	out, err := float32Harness.abi.Unpack("fma", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackFmaBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x11d3cb9a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function fmaBatch(uint32[] a, uint32[] b, uint32[] c) pure returns(uint32[] out)
func (float32Harness *Float32Harness) PackFmaBatch(a []uint32, b []uint32, c []uint32) []byte {
	enc, err := float32Harness.abi.Pack("fmaBatch", a, b, c)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFmaBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x11d3cb9a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function fmaBatch(uint32[] a, uint32[] b, uint32[] c) pure returns(uint32[] out)
func (float32Harness *Float32Harness) TryPackFmaBatch(a []uint32, b []uint32, c []uint32) ([]byte, error) {
	return float32Harness.abi.Pack("fmaBatch", a, b, c)
}

// UnpackFmaBatch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x11d3cb9a.
//
// Solidity: function fmaBatch(uint32[] a, uint32[] b, uint32[] c) pure returns(uint32[] out)
func (float32Harness *Float32Harness) UnpackFmaBatch(data []byte) ([]uint32, error) {
	out, err := float32Harness.abi.Unpack("fmaBatch", data)
	if err != nil {
		return *new([]uint32), err
	}
	out0 := *abi.ConvertType(out[0], new([]uint32)).(*[]uint32)
	return out0, nil
}

// PackFmaGas is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8c035e6c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function fmaGas(uint32 a, uint32 b, uint32 c) view returns(uint32 r, uint256 gasUsed)
func (float32Harness *Float32Harness) PackFmaGas(a uint32, b uint32, c uint32) []byte {
	enc, err := float32Harness.abi.Pack("fmaGas", a, b, c)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFmaGas is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8c035e6c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function fmaGas(uint32 a, uint32 b, uint32 c) view returns(uint32 r, uint256 gasUsed)
func (float32Harness *Float32Harness) TryPackFmaGas(a uint32, b uint32, c uint32) ([]byte, error) {
	return float32Harness.abi.Pack("fmaGas", a, b, c)
}

// FmaGasOutput serves as a container for the return parameters of contract
// method FmaGas.
type FmaGasOutput struct {
	R       uint32
	GasUsed *big.Int
}

// UnpackFmaGas is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8c035e6c.
//
// Solidity: function fmaGas(uint32 a, uint32 b, uint32 c) view returns(uint32 r, uint256 gasUsed)
func (float32Harness *Float32Harness) UnpackFmaGas(data []byte) (FmaGasOutput, error) {
	out, err := float32Harness.abi.Unpack("fmaGas", data)
	outstruct := new(FmaGasOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.R = *abi.ConvertType(out[0], new(uint32)).(*uint32)
	outstruct.GasUsed = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackFmaPacked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x47ecf1af.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function fmaPacked(bytes recs) pure returns(bytes out)
func (float32Harness *Float32Harness) PackFmaPacked(recs []byte) []byte {
	enc, err := float32Harness.abi.Pack("fmaPacked", recs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFmaPacked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x47ecf1af.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function fmaPacked(bytes recs) pure returns(bytes out)
func (float32Harness *Float32Harness) TryPackFmaPacked(recs []byte) ([]byte, error) {
	return float32Harness.abi.Pack("fmaPacked", recs)
}

// UnpackFmaPacked is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x47ecf1af.
//
// Solidity: function fmaPacked(bytes recs) pure returns(bytes out)
func (float32Harness *Float32Harness) UnpackFmaPacked(data []byte) ([]byte, error) {
	out, err := float32Harness.abi.Unpack("fmaPacked", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackFromInt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6b300f51.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function fromInt(int256 x) pure returns(uint32)
func (float32Harness *Float32Harness) PackFromInt(x *big.Int) []byte {
	enc, err := float32Harness.abi.Pack("fromInt", x)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFromInt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6b300f51.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function fromInt(int256 x) pure returns(uint32)
func (float32Harness *Float32Harness) TryPackFromInt(x *big.Int) ([]byte, error) {
	return float32Harness.abi.Pack("fromInt", x)
}

// UnpackFromInt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6b300f51.
//
// Solidity: function fromInt(int256 x) pure returns(uint32)
func (float32Harness *Float32Harness) UnpackFromInt(data []byte) (uint32, error) {
	out, err := float32Harness.abi.Unpack("fromInt", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackLe is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0d0e9d9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function le(uint32 a, uint32 b) pure returns(bool)
func (float32Harness *Float32Harness) PackLe(a uint32, b uint32) []byte {
	enc, err := float32Harness.abi.Pack("le", a, b)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLe is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0d0e9d9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function le(uint32 a, uint32 b) pure returns(bool)
func (float32Harness *Float32Harness) TryPackLe(a uint32, b uint32) ([]byte, error) {
	return float32Harness.abi.Pack("le", a, b)
}

// UnpackLe is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf0d0e9d9.
//
// Solidity: function le(uint32 a, uint32 b) pure returns(bool)
func (float32Harness *Float32Harness) UnpackLe(data []byte) (bool, error) {
	out, err := float32Harness.abi.Unpack("le", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackLt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6303db59.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lt(uint32 a, uint32 b) pure returns(bool)
func (float32Harness *Float32Harness) PackLt(a uint32, b uint32) []byte {
	enc, err := float32Harness.abi.Pack("lt", a, b)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6303db59.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lt(uint32 a, uint32 b) pure returns(bool)
func (float32Harness *Float32Harness) TryPackLt(a uint32, b uint32) ([]byte, error) {
	return float32Harness.abi.Pack("lt", a, b)
}

// UnpackLt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6303db59.
//
// Solidity: function lt(uint32 a, uint32 b) pure returns(bool)
func (float32Harness *Float32Harness) UnpackLt(data []byte) (bool, error) {
	out, err := float32Harness.abi.Unpack("lt", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackToInt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6effeac4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function toInt(uint32 x) pure returns(bool ok, int256 v)
func (float32Harness *Float32Harness) PackToInt(x uint32) []byte {
	enc, err := float32Harness.abi.Pack("toInt", x)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackToInt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6effeac4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function toInt(uint32 x) pure returns(bool ok, int256 v)
func (float32Harness *Float32Harness) TryPackToInt(x uint32) ([]byte, error) {
	return float32Harness.abi.Pack("toInt", x)
}

// ToIntOutput serves as a container for the return parameters of contract
// method ToInt.
type ToIntOutput struct {
	Ok bool
	V  *big.Int
}

// UnpackToInt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6effeac4.
//
// Solidity: function toInt(uint32 x) pure returns(bool ok, int256 v)
func (float32Harness *Float32Harness) UnpackToInt(data []byte) (ToIntOutput, error) {
	out, err := float32Harness.abi.Unpack("toInt", data)
	outstruct := new(ToIntOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Ok = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.V = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (float32Harness *Float32Harness) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], float32Harness.abi.Errors["InvalidOp"].ID.Bytes()[:4]) {
		return float32Harness.UnpackInvalidOpError(raw[4:])
	}
	if bytes.Equal(raw[:4], float32Harness.abi.Errors["LengthMismatch"].ID.Bytes()[:4]) {
		return float32Harness.UnpackLengthMismatchError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// Float32HarnessInvalidOp represents a InvalidOp error raised by the Float32Harness contract.
type Float32HarnessInvalidOp struct {
	Op uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidOp(uint8 op)
func Float32HarnessInvalidOpErrorID() common.Hash {
	return common.HexToHash("0xfa482afc1e5b73137e579b97199bc092b3571a531b0de9cab66375fa86a0abdc")
}

// UnpackInvalidOpError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidOp(uint8 op)
func (float32Harness *Float32Harness) UnpackInvalidOpError(raw []byte) (*Float32HarnessInvalidOp, error) {
	out := new(Float32HarnessInvalidOp)
	if err := float32Harness.abi.UnpackIntoInterface(out, "InvalidOp", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// Float32HarnessLengthMismatch represents a LengthMismatch error raised by the Float32Harness contract.
type Float32HarnessLengthMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LengthMismatch()
func Float32HarnessLengthMismatchErrorID() common.Hash {
	return common.HexToHash("0xff633a3803c58b9bc21e58efecee59f27e033cc0b1883fccb4969c76146fe60f")
}

// UnpackLengthMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LengthMismatch()
func (float32Harness *Float32Harness) UnpackLengthMismatchError(raw []byte) (*Float32HarnessLengthMismatch, error) {
	out := new(Float32HarnessLengthMismatch)
	if err := float32Harness.abi.UnpackIntoInterface(out, "LengthMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}
