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
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIZkElementVerifier\",\"name\":\"verifier_\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"maxTerms_\",\"type\":\"uint32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"BadElementProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"terms\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"max\",\"type\":\"uint32\"}],\"name\":\"TooManyTerms\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"kernel\",\"type\":\"uint8\"}],\"name\":\"UnjudgedKernel\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"kernel\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"p1\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"value\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"operands\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"check\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxTerms\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"verifier\",\"outputs\":[{\"internalType\":\"contractIZkElementVerifier\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "ZkElementJudge",
	Bin: "0x60c060405234801561000f575f5ffd5b506040516107dc3803806107dc83398101604081905261002e9161004a565b6001600160a01b0390911660805263ffffffff1660a052610095565b5f5f6040838503121561005b575f5ffd5b82516001600160a01b0381168114610071575f5ffd5b602084015190925063ffffffff8116811461008a575f5ffd5b809150509250929050565b60805160a0516107136100c95f395f818160480152818161012c015261017b01525f818160aa015261023b01526107135ff3fe608060405234801561000f575f5ffd5b506004361061003f575f3560e01c80631221216f146100435780631955dae1146100845780632b7ac3f3146100a5575b5f5ffd5b61006a7f000000000000000000000000000000000000000000000000000000000000000081565b60405163ffffffff90911681526020015b60405180910390f35b610097610092366004610532565b6100e4565b60405190815260200161007b565b6100cc7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200161007b565b5f5f6100f089896102de565b9050805f0361011c576040516330599fc760e01b815260ff8a1660048201526024015b60405180910390fd5b8860ff16600114801561015a57507f000000000000000000000000000000000000000000000000000000000000000063ffffffff168863ffffffff16115b156101a857604051637f4e89cd60e01b815263ffffffff808a1660048301527f0000000000000000000000000000000000000000000000000000000000000000166024820152604401610113565b6101b38160046105d9565b851415806101c357506101808314155b156101e1576040516301e5cc5360e31b815260040160405180910390fd5b5f6101ec878761037b565b90505f61020f88886101ff8989876103b4565b61020a8f8f8f610410565b610485565b6040805180820182528481526020810183905290516370ffa84160e11b81529192506001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169163e1ff508291610272918a918a916004016105fc565b5f6040518083038186803b158015610288575f5ffd5b505afa925050508015610299575060015b6102b6576040516301e5cc5360e31b815260040160405180910390fd5b87876040516102c6929190610656565b60405180910390209350505050979650505050505050565b5f8260ff16600103610302576102fb63ffffffff831660026105d9565b9050610375565b8260ff166003148061031757508260ff166010145b1561032457506001610375565b8260ff1660021480610349575060048360ff1610158015610349575060068360ff1611155b8061035757508260ff16600d145b8061036557508260ff16600e145b1561037257506002610375565b505f5b92915050565b5f5f5160206106be5f395f51905f52838360405161039a929190610656565b6040519081900390206103ad9190610665565b9392505050565b5f5f5160206106be5f395f51905f526103d36101406101008688610684565b846040516020016103e6939291906106ab565b604051602081830303815290604052805190602001205f1c6104089190610665565b949350505050565b5f5f8460ff166005148061042757508460ff166006145b8061043557508460ff16600d145b8061044357508460ff16600e145b8061045157508460ff166010145b61045b575f61045d565b835b63ffffffff16905060288363ffffffff16901b600882901b8660ff1617179150509392505050565b5f848460021c5b80156104b9575f19015f5160206106be5f395f51905f5285600283901b84013560e01c850109925061048c565b50505f5160206106be5f395f51905f5282820895945050505050565b803563ffffffff811681146104e8575f5ffd5b919050565b5f5f83601f8401126104fd575f5ffd5b50813567ffffffffffffffff811115610514575f5ffd5b60208301915083602082850101111561052b575f5ffd5b9250929050565b5f5f5f5f5f5f5f60a0888a031215610548575f5ffd5b873560ff81168114610558575f5ffd5b9650610566602089016104d5565b9550610574604089016104d5565b9450606088013567ffffffffffffffff81111561058f575f5ffd5b61059b8a828b016104ed565b909550935050608088013567ffffffffffffffff8111156105ba575f5ffd5b6105c68a828b016104ed565b989b979a50959850939692959293505050565b808202811582820484141761037557634e487b7160e01b5f52601160045260245ffd5b60608152826060820152828460808301375f608084830101525f6080601f19601f860116830101905060208201835f5b600281101561064b57815183526020928301929091019060010161062c565b505050949350505050565b818382375f9101908152919050565b5f8261067f57634e487b7160e01b5f52601260045260245ffd5b500690565b5f5f85851115610692575f5ffd5b8386111561069e575f5ffd5b5050820193919092039150565b8284823790910190815260200191905056fe30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001a264697066735822122093992ee9b0af7df53843b366418b9d8ecba285f55eca6e7c7f1a972bd6286bb964736f6c63430008250033",
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
// the contract method with ID 0x1955dae1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function check(uint8 kernel, uint32 p1, uint32 value, bytes operands, bytes proof) view returns(bytes32)
func (zkElementJudge *ZkElementJudge) PackCheck(kernel uint8, p1 uint32, value uint32, operands []byte, proof []byte) []byte {
	enc, err := zkElementJudge.abi.Pack("check", kernel, p1, value, operands, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCheck is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1955dae1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function check(uint8 kernel, uint32 p1, uint32 value, bytes operands, bytes proof) view returns(bytes32)
func (zkElementJudge *ZkElementJudge) TryPackCheck(kernel uint8, p1 uint32, value uint32, operands []byte, proof []byte) ([]byte, error) {
	return zkElementJudge.abi.Pack("check", kernel, p1, value, operands, proof)
}

// UnpackCheck is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1955dae1.
//
// Solidity: function check(uint8 kernel, uint32 p1, uint32 value, bytes operands, bytes proof) view returns(bytes32)
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
