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
	ABI: "[{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"op\",\"type\":\"uint8\"}],\"name\":\"InvalidOp\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"a\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"b\",\"type\":\"uint32\"}],\"name\":\"eq\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"op\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"a\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"b\",\"type\":\"uint32\"}],\"name\":\"eval\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8[]\",\"name\":\"ops\",\"type\":\"uint8[]\"},{\"internalType\":\"uint32[]\",\"name\":\"a\",\"type\":\"uint32[]\"},{\"internalType\":\"uint32[]\",\"name\":\"b\",\"type\":\"uint32[]\"}],\"name\":\"evalBatch\",\"outputs\":[{\"internalType\":\"uint32[]\",\"name\":\"out\",\"type\":\"uint32[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"op\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"a\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"b\",\"type\":\"uint32\"}],\"name\":\"evalGas\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"r\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"gasUsed\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"recs\",\"type\":\"bytes\"}],\"name\":\"evalPacked\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"out\",\"type\":\"bytes\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"x\",\"type\":\"int256\"}],\"name\":\"fromInt\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"a\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"b\",\"type\":\"uint32\"}],\"name\":\"le\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"a\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"b\",\"type\":\"uint32\"}],\"name\":\"lt\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"x\",\"type\":\"uint32\"}],\"name\":\"toInt\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"ok\",\"type\":\"bool\"},{\"internalType\":\"int256\",\"name\":\"v\",\"type\":\"int256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "Float32Harness",
	Bin: "0x6080604052348015600e575f5ffd5b506113fb8061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610090575f3560e01c80636303db59116100635780636303db59146101285780636b300f511461013b5780636effeac41461014e578063d2d7838614610178578063f0d0e9d9146101a7575f5ffd5b80631a2771541461009457806324a7e718146100bd578063559cbd25146100dd5780635bb2226614610100575b5f5ffd5b6100a76100a23660046110b9565b6101ba565b6040516100b49190611158565b60405180910390f35b6100d06100cb3660046111a0565b6102f4565b6040516100b4919061120e565b6100f06100eb36600461125b565b6103ca565b60405190151581526020016100b4565b61011361010e36600461129c565b6103de565b60405163ffffffff90911681526020016100b4565b6100f061013636600461125b565b6103f4565b6101136101493660046112dc565b6103ff565b61016161015c3660046112f3565b610409565b6040805192151583526020830191909152016100b4565b61018b61018636600461129c565b61041d565b6040805163ffffffff90931683526020830191909152016100b4565b6100f06101b536600461125b565b610446565b60608584811415806101cc5750828114155b156101ed576040516001621398b960e31b0319815260040160405180910390fd5b8067ffffffffffffffff8111156102065761020661130c565b60405190808252806020026020018201604052801561022f578160200160208202803683370190505b5091505f5b818110156102e8576102b989898381811061025157610251611320565b90506020020160208101906102669190611334565b88888481811061027857610278611320565b905060200201602081019061028d91906112f3565b87878581811061029f5761029f611320565b90506020020160208101906102b491906112f3565b610451565b8382815181106102cb576102cb611320565b63ffffffff90921660209283029190910190910152600101610234565b50509695505050505050565b6060610301600983611361565b15610322576040516001621398b960e31b0319815260040160405180910390fd5b5f61032e600984611388565b905061033b81600461139b565b67ffffffffffffffff8111156103535761035361130c565b6040519080825280601f01601f19166020018201604052801561037d576020820181803683370190505b5091505f5b818110156103c2575f6009820286013560b81c90505f6103ab604083901c602084901c84610451565b60e01b600484028601602001525050600101610382565b505092915050565b5f6103d58383610568565b90505b92915050565b5f6103ea848484610451565b90505b9392505050565b5f6103d583836105ae565b5f6103d8826105f4565b5f5f61041483610619565b91509150915091565b5f5f5f5a905061042e868686610451565b92505a61043b90826113b2565b915050935093915050565b5f6103d58383610686565b5f5f1960ff85160161046e5761046783836106cd565b90506103ed565b60021960ff8516016104845761046783836108b9565b60011960ff85160161049a5761046783836109c9565b60051960ff8516016104b05761046783836109da565b60031960ff8516016104c6576104678383610a30565b60071960ff8516016104dc576104678383610b85565b60061960ff8516016104f2576104678383610bd9565b60041960ff8516016105075761046783610c28565b60081960ff85160161051c5761046783610ce0565b60091960ff8516016105315761046783610d71565b600a1960ff8516016105465761046783610dda565b604051633e920abf60e21b815260ff8516600482015260240160405180910390fd5b5f637f800000637fffffff84161115801561058d5750637f800000637fffffff831611155b80156103d5575061059d82610e36565b6105a684610e36565b149392505050565b5f637f800000637fffffff8416111580156105d35750637f800000637fffffff831611155b80156103d557506105e382610e36565b6105ec84610e36565b109392505050565b5f5f82121561060e576103d863800000005f848103610e65565b6103d85f5f84610e65565b5f80637fffffff8316637f800000811061063857505f93849350915050565b5f5f61064383610f0f565b915091505f5f82121561065b57815f0383901c61065f565b82821b5b9050638000000087161561067557805f03610677565b805b94506001955050505050915091565b5f637f800000637fffffff8416111580156106ab5750637f800000637fffffff831611155b80156103d557506106bb82610e36565b6106c484610e36565b11159392505050565b5f637fffffff838116908316637f800000821015806106f65750637f80000063ffffffff821610155b1561078957637f80000063ffffffff8316118061071c5750637f80000063ffffffff8216115b1561072f57637fc00000925050506103d8565b637f7fffff1963ffffffff83160161077f5763ffffffff8116637f80000014801561076657508363ffffffff168563ffffffff1614155b6107705784610776565b637fc000005b925050506103d8565b83925050506103d8565b8063ffffffff165f036107b35763ffffffff8216156107a85784610776565b5050508181166103d8565b8163ffffffff165f036107ca5783925050506103d8565b5f5f6107d584610f0f565b915091505f5f6107e485610f0f565b915091505f81841261082057818403604081111561081257604086901b95506001935060408503915061081a565b94851b948291505b5061084c565b838203604081111561084257604084901b93506001955060408303915061084a565b92831b928491505b505b63800000008a8116908a1681036108795761086a8183868901610e65565b985050505050505050506103d8565b8386111561088e5761086a8183868903610e65565b858411156108a95761086a63800000008b1683888703610e65565b505f9a9950505050505050505050565b5f828218638000000016637fffffff808516908416637f8000008211806108e95750637f80000063ffffffff8216115b156108fd57637fc0000093505050506103d8565b637f7fffff1963ffffffff8316016109375763ffffffff81161561092757637f800000831761092d565b637fc000005b93505050506103d8565b637f7fffff1963ffffffff8216016109615763ffffffff82161561092757637f800000831761092d565b63ffffffff82161580610978575063ffffffff8116155b15610988578293505050506103d8565b5f5f61099384610f0f565b915091505f5f6109a285610f0f565b915091506109bb8763ffffffff16828501848702610e65565b9a9950505050505050505050565b5f6103d583638000000084186106cd565b5f637f800000637fffffff841611806109fc5750637f800000637fffffff8316115b15610a0c5750637fc000006103d8565b610a1582610e36565b610a1e84610e36565b11610a2957816103d5565b5090919050565b5f828218638000000016637fffffff808516908416637f800000821180610a605750637f80000063ffffffff8216115b15610a7457637fc0000093505050506103d8565b637f7fffff1963ffffffff831601610aa35763ffffffff8116637f8000001461092757637f800000831761092d565b637f7fffff1963ffffffff821601610ac0578293505050506103d8565b8063ffffffff165f03610ae55763ffffffff82161561092757637f800000831761092d565b8163ffffffff165f03610afd578293505050506103d8565b5f5f610b0884610f0f565b915091505f5f610b1785610f0f565b9092509050604084901b5f838281610b3157610b3161134d565b0490505f848381610b4457610b4461134d565b0615610b51576001610b53565b5f5b60ff169050610b748a63ffffffff1660418689030383600186901b17610e65565b9d9c50505050505050505050505050565b5f637f800000637fffffff84161115610ba35750637fc000006103d8565b63800000008316158015610bbc575063ffffffff831615155b15610bd157610bca82610f44565b90506103d8565b505f92915050565b5f637f800000637fffffff84161180610bfb5750637f800000637fffffff8316115b15610c0b5750637fc000006103d8565b610c1482610e36565b610c1d84610e36565b10610a2957816103d5565b5f637fffffff82168103610c3a575090565b637f80000063ffffffff83161115610c575750637fc00000919050565b637f7fffff1963ffffffff831601610c6d575090565b5f5f610c7884610f0f565b91509150806001165f14610c915760019190911b905f19015b605082901b5f610ca082610f67565b90505f8282830214610cb3576001610cb5565b5f5b60ff169050610cd55f60016002604f198801050383600186901b17610e65565b979650505050505050565b5f637f800000637fffffff83161115610cfe5750637fc00000919050565b5f638000000083168103610d36576342fe00008363ffffffff161015610d2c57610d2783610fbf565b610d2f565b607f5b9050610d65565b6342fc0000637fffffff84161015610d5e57610d57637fffffff8416610fbf565b5f03610d62565b607d195b90505b607f0160171b92915050565b5f637fffffff82168103610d8a575063ff800000919050565b637f80000063ffffffff83161115610da75750637fc00000919050565b637f7fffff1963ffffffff831601610dc45750637f800000919050565b5f610dce83610fff565b9150506103ed816105f4565b5f637fffffff82161580610df7575063ffffffff8216637f800000145b15610e075750633f800000919050565b637f80000063ffffffff83161115610e245750637fc00000919050565b5f610e2e83610fff565b509392505050565b5f6380000000821615610e5557637fffffff82166380000000036103d8565b5063ffffffff1663800000000190565b5f815f03610e745750826103ed565b811e60e8819003609419859003811215610e9057846094190390505b5f5f821315610edc575083811c815f19600180831b820188169183011b80821180610ec857508082148015610ec85750836001166001145b15610ed4578360010193505b505050610ee5565b815f0385901b90505b60958683010160171b8101637f8000008110610f025750637f8000005b9096179695505050505050565b627fffff81165f60ff601784901c16808203610f2f576094199150610f3e565b62800000831792506096810391505b50915091565b5f637f800000637fffffff831611610f5c57816103d8565b637fc0000092915050565b6001811e610101819003821c82901b915f90838581610f8857610f8861134d565b048401901c90505b82811015610fb8578092506001838581610fac57610fac61134d565b048401901c9050610f90565b5050919050565b5f6101ff601783901c16607f811015610fda57505f92915050565b8060960383627fffff16628000001763ffffffff16901c63ffffffff16915050919050565b5f80627fffff83166101ff601785901c1682036110355760e8811e607d1981900391909101925060e719011b627fffff16611045565b607e196101ff601786901c160191505b633f80000081179250633fb504f363ffffffff841610610f3e57633f0000001793600190910192509050565b5f5f83601f840112611081575f5ffd5b50813567ffffffffffffffff811115611098575f5ffd5b6020830191508360208260051b85010111156110b2575f5ffd5b9250929050565b5f5f5f5f5f5f606087890312156110ce575f5ffd5b863567ffffffffffffffff8111156110e4575f5ffd5b6110f089828a01611071565b909750955050602087013567ffffffffffffffff81111561110f575f5ffd5b61111b89828a01611071565b909550935050604087013567ffffffffffffffff81111561113a575f5ffd5b61114689828a01611071565b979a9699509497509295939492505050565b602080825282518282018190525f918401906040840190835b8181101561119557835163ffffffff16835260209384019390920191600101611171565b509095945050505050565b5f5f602083850312156111b1575f5ffd5b823567ffffffffffffffff8111156111c7575f5ffd5b8301601f810185136111d7575f5ffd5b803567ffffffffffffffff8111156111ed575f5ffd5b8560208284010111156111fe575f5ffd5b6020919091019590945092505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b803563ffffffff81168114611256575f5ffd5b919050565b5f5f6040838503121561126c575f5ffd5b61127583611243565b915061128360208401611243565b90509250929050565b803560ff81168114611256575f5ffd5b5f5f5f606084860312156112ae575f5ffd5b6112b78461128c565b92506112c560208501611243565b91506112d360408501611243565b90509250925092565b5f602082840312156112ec575f5ffd5b5035919050565b5f60208284031215611303575f5ffd5b6103d582611243565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b5f60208284031215611344575f5ffd5b6103d58261128c565b634e487b7160e01b5f52601260045260245ffd5b5f8261136f5761136f61134d565b500690565b634e487b7160e01b5f52601160045260245ffd5b5f826113965761139661134d565b500490565b80820281158282048414176103d8576103d8611374565b818103818111156103d8576103d861137456fea26469706673582212201378d06d23875604dd3a79532c88085c2a64904c6a72cd73d3b8891d37757eaf64736f6c63430008250033",
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
