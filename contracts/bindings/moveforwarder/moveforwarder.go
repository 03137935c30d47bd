// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package moveforwarder

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

// MoveForwarderMetaData contains all meta data concerning the MoveForwarder contract.
var MoveForwarderMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"NotOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"exec\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"ret\",\"type\":\"bytes\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "MoveForwarder",
	Bin: "0x60a0604052348015600e575f5ffd5b503360805260805161025f6100305f395f8181603d015260a9015261025f5ff3fe608060405234801561000f575f5ffd5b5060043610610034575f3560e01c80638da5cb5b14610038578063be6002c21461007c575b5f5ffd5b61005f7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020015b60405180910390f35b61008f61008a36600461015a565b61009c565b60405161007391906101e5565b6060336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146100e7576040516330cd747160e01b815260040160405180910390fd5b5f846001600160a01b0316848460405161010292919061021a565b5f604051808303815f865af19150503d805f811461013b576040519150601f19603f3d011682016040523d82523d5f602084013e610140565b606091505b50925090508061015257815160208301fd5b509392505050565b5f5f5f6040848603121561016c575f5ffd5b83356001600160a01b0381168114610182575f5ffd5b9250602084013567ffffffffffffffff81111561019d575f5ffd5b8401601f810186136101ad575f5ffd5b803567ffffffffffffffff8111156101c3575f5ffd5b8660208284010111156101d4575f5ffd5b939660209190910195509293505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b818382375f910190815291905056fea26469706673582212208b2cd49f147981a3da92576b66b1363c2309620cc1849cb786d21351552789fb64736f6c63430008250033",
}

// MoveForwarder is an auto generated Go binding around an Ethereum contract.
type MoveForwarder struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *MoveForwarder) GetABI() abi.ABI {
	return c.abi
}

// NewMoveForwarder creates a new instance of MoveForwarder.
func NewMoveForwarder() *MoveForwarder {
	parsed, err := MoveForwarderMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &MoveForwarder{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *MoveForwarder) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackExec is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbe6002c2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function exec(address to, bytes data) returns(bytes ret)
func (moveForwarder *MoveForwarder) PackExec(to common.Address, data []byte) []byte {
	enc, err := moveForwarder.abi.Pack("exec", to, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExec is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbe6002c2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function exec(address to, bytes data) returns(bytes ret)
func (moveForwarder *MoveForwarder) TryPackExec(to common.Address, data []byte) ([]byte, error) {
	return moveForwarder.abi.Pack("exec", to, data)
}

// UnpackExec is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbe6002c2.
//
// Solidity: function exec(address to, bytes data) returns(bytes ret)
func (moveForwarder *MoveForwarder) UnpackExec(data []byte) ([]byte, error) {
	out, err := moveForwarder.abi.Unpack("exec", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (moveForwarder *MoveForwarder) PackOwner() []byte {
	enc, err := moveForwarder.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (moveForwarder *MoveForwarder) TryPackOwner() ([]byte, error) {
	return moveForwarder.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (moveForwarder *MoveForwarder) UnpackOwner(data []byte) (common.Address, error) {
	out, err := moveForwarder.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (moveForwarder *MoveForwarder) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], moveForwarder.abi.Errors["NotOwner"].ID.Bytes()[:4]) {
		return moveForwarder.UnpackNotOwnerError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// MoveForwarderNotOwner represents a NotOwner error raised by the MoveForwarder contract.
type MoveForwarderNotOwner struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOwner()
func MoveForwarderNotOwnerErrorID() common.Hash {
	return common.HexToHash("0x30cd74712f59d478562d48e2d35de830db72c60a63dd08ae59199eec990b5bc4")
}

// UnpackNotOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOwner()
func (moveForwarder *MoveForwarder) UnpackNotOwnerError(raw []byte) (*MoveForwarderNotOwner, error) {
	out := new(MoveForwarderNotOwner)
	if err := moveForwarder.abi.UnpackIntoInterface(out, "NotOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}
