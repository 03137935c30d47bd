// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package anykernelderiverprobe

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
	KindC uint8
	SlotC uint8
	PayC  uint32
}

// AnyKernelDeriverProbeMetaData contains all meta data concerning the AnyKernelDeriverProbe contract.
var AnyKernelDeriverProbeMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"kernel\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"p0\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"p1\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"p2\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"p3\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"numel\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"outHeader\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"src0Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src0Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src1Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src1Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src2Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src2Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src3Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src3Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src4Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src4Index\",\"type\":\"uint32\"}],\"internalType\":\"structPinpointShapes.Node\",\"name\":\"\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"name\":\"stepShape\",\"outputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"op\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"kindA\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"kindB\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"slotA\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"slotB\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"payA\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"payB\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"kindC\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"slotC\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"payC\",\"type\":\"uint32\"}],\"internalType\":\"structPinpointShapes.Shape\",\"name\":\"s\",\"type\":\"tuple\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"kernel\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"p0\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"p1\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"p2\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"p3\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"numel\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"outHeader\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"src0Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src0Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src1Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src1Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src2Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src2Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src3Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src3Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src4Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src4Index\",\"type\":\"uint32\"}],\"internalType\":\"structPinpointShapes.Node\",\"name\":\"\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"name\":\"traceLength\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"kernel\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"p0\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"p1\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"p2\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"p3\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"numel\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"outHeader\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"src0Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src0Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src1Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src1Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src2Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src2Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src3Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src3Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src4Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src4Index\",\"type\":\"uint32\"}],\"internalType\":\"structPinpointShapes.Node\",\"name\":\"\",\"type\":\"tuple\"}],\"name\":\"validNode\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "AnyKernelDeriverProbe",
	Bin: "0x6080604052348015600e575f5ffd5b506102ed8061001c5f395ff3fe608060405234801561000f575f5ffd5b506004361061003f575f3560e01c80630d87db12146100435780636031c8eb1461006c5780638dd2e43f146100df575b5f5ffd5b610057610051366004610125565b50600190565b60405190151581526020015b60405180910390f35b6100d261007a366004610163565b505060408051610140810182525f60208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810182905261012081019190915260018152919050565b60405161006391906101a7565b6100f56100ed366004610283565b600192915050565b60405167ffffffffffffffff9091168152602001610063565b5f610220828403121561011f575f5ffd5b50919050565b5f6102208284031215610136575f5ffd5b610140838361010e565b9392505050565b803567ffffffffffffffff8116811461015e575f5ffd5b919050565b5f5f5f6102608486031215610176575f5ffd5b610180858561010e565b925061018f6102208501610147565b915061019e6102408501610147565b90509250925092565b815160ff168152610140810160208301516101c7602084018260ff169052565b5060408301516101dc604084018260ff169052565b5060608301516101f1606084018260ff169052565b506080830151610206608084018260ff169052565b5060a083015161021e60a084018263ffffffff169052565b5060c083015161023660c084018263ffffffff169052565b5060e083015161024b60e084018260ff169052565b5061010083015161026261010084018260ff169052565b5061012083015161027c61012084018263ffffffff169052565b5092915050565b5f5f6102408385031215610295575f5ffd5b61029f848461010e565b91506102ae6102208401610147565b9050925092905056fea26469706673582212209878f7da7b4301675b98f2951f76637d74ce007b01d01256d8ca94a89e8c134064736f6c63430008250033",
}

// AnyKernelDeriverProbe is an auto generated Go binding around an Ethereum contract.
type AnyKernelDeriverProbe struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *AnyKernelDeriverProbe) GetABI() abi.ABI {
	return c.abi
}

// NewAnyKernelDeriverProbe creates a new instance of AnyKernelDeriverProbe.
func NewAnyKernelDeriverProbe() *AnyKernelDeriverProbe {
	parsed, err := AnyKernelDeriverProbeMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &AnyKernelDeriverProbe{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *AnyKernelDeriverProbe) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackStepShape is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6031c8eb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stepShape((uint8,uint32,uint32,uint32,uint32,uint64,bytes32,uint8,uint32,uint8,uint32,uint8,uint32,uint8,uint32,uint8,uint32) , uint64 , uint64 ) pure returns((uint8,uint8,uint8,uint8,uint8,uint32,uint32,uint8,uint8,uint32) s)
func (anyKernelDeriverProbe *AnyKernelDeriverProbe) PackStepShape(arg0 PinpointShapesNode, arg1 uint64, arg2 uint64) []byte {
	enc, err := anyKernelDeriverProbe.abi.Pack("stepShape", arg0, arg1, arg2)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStepShape is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6031c8eb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stepShape((uint8,uint32,uint32,uint32,uint32,uint64,bytes32,uint8,uint32,uint8,uint32,uint8,uint32,uint8,uint32,uint8,uint32) , uint64 , uint64 ) pure returns((uint8,uint8,uint8,uint8,uint8,uint32,uint32,uint8,uint8,uint32) s)
func (anyKernelDeriverProbe *AnyKernelDeriverProbe) TryPackStepShape(arg0 PinpointShapesNode, arg1 uint64, arg2 uint64) ([]byte, error) {
	return anyKernelDeriverProbe.abi.Pack("stepShape", arg0, arg1, arg2)
}

// UnpackStepShape is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6031c8eb.
//
// Solidity: function stepShape((uint8,uint32,uint32,uint32,uint32,uint64,bytes32,uint8,uint32,uint8,uint32,uint8,uint32,uint8,uint32,uint8,uint32) , uint64 , uint64 ) pure returns((uint8,uint8,uint8,uint8,uint8,uint32,uint32,uint8,uint8,uint32) s)
func (anyKernelDeriverProbe *AnyKernelDeriverProbe) UnpackStepShape(data []byte) (PinpointShapesShape, error) {
	out, err := anyKernelDeriverProbe.abi.Unpack("stepShape", data)
	if err != nil {
		return *new(PinpointShapesShape), err
	}
	out0 := *abi.ConvertType(out[0], new(PinpointShapesShape)).(*PinpointShapesShape)
	return out0, nil
}

// PackTraceLength is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8dd2e43f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function traceLength((uint8,uint32,uint32,uint32,uint32,uint64,bytes32,uint8,uint32,uint8,uint32,uint8,uint32,uint8,uint32,uint8,uint32) , uint64 ) pure returns(uint64)
func (anyKernelDeriverProbe *AnyKernelDeriverProbe) PackTraceLength(arg0 PinpointShapesNode, arg1 uint64) []byte {
	enc, err := anyKernelDeriverProbe.abi.Pack("traceLength", arg0, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTraceLength is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8dd2e43f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function traceLength((uint8,uint32,uint32,uint32,uint32,uint64,bytes32,uint8,uint32,uint8,uint32,uint8,uint32,uint8,uint32,uint8,uint32) , uint64 ) pure returns(uint64)
func (anyKernelDeriverProbe *AnyKernelDeriverProbe) TryPackTraceLength(arg0 PinpointShapesNode, arg1 uint64) ([]byte, error) {
	return anyKernelDeriverProbe.abi.Pack("traceLength", arg0, arg1)
}

// UnpackTraceLength is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8dd2e43f.
//
// Solidity: function traceLength((uint8,uint32,uint32,uint32,uint32,uint64,bytes32,uint8,uint32,uint8,uint32,uint8,uint32,uint8,uint32,uint8,uint32) , uint64 ) pure returns(uint64)
func (anyKernelDeriverProbe *AnyKernelDeriverProbe) UnpackTraceLength(data []byte) (uint64, error) {
	out, err := anyKernelDeriverProbe.abi.Unpack("traceLength", data)
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
// Solidity: function validNode((uint8,uint32,uint32,uint32,uint32,uint64,bytes32,uint8,uint32,uint8,uint32,uint8,uint32,uint8,uint32,uint8,uint32) ) pure returns(bool)
func (anyKernelDeriverProbe *AnyKernelDeriverProbe) PackValidNode(arg0 PinpointShapesNode) []byte {
	enc, err := anyKernelDeriverProbe.abi.Pack("validNode", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackValidNode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0d87db12.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function validNode((uint8,uint32,uint32,uint32,uint32,uint64,bytes32,uint8,uint32,uint8,uint32,uint8,uint32,uint8,uint32,uint8,uint32) ) pure returns(bool)
func (anyKernelDeriverProbe *AnyKernelDeriverProbe) TryPackValidNode(arg0 PinpointShapesNode) ([]byte, error) {
	return anyKernelDeriverProbe.abi.Pack("validNode", arg0)
}

// UnpackValidNode is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0d87db12.
//
// Solidity: function validNode((uint8,uint32,uint32,uint32,uint32,uint64,bytes32,uint8,uint32,uint8,uint32,uint8,uint32,uint8,uint32,uint8,uint32) ) pure returns(bool)
func (anyKernelDeriverProbe *AnyKernelDeriverProbe) UnpackValidNode(data []byte) (bool, error) {
	out, err := anyKernelDeriverProbe.abi.Unpack("validNode", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}
