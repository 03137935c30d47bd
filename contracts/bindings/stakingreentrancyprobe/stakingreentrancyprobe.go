// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package stakingreentrancyprobe

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

// StakingReentrancyProbeMetaData contains all meta data concerning the StakingReentrancyProbe contract.
var StakingReentrancyProbeMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIVaultForProbe\",\"name\":\"vault_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"active\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"attack\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"blocked\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"queue\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"received\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reentries\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stake\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"vault\",\"outputs\":[{\"internalType\":\"contractIVaultForProbe\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "StakingReentrancyProbe",
	Bin: "0x60a060405234801561000f575f5ffd5b5060405161057638038061057683398101604081905261002e9161003f565b6001600160a01b031660805261006c565b5f6020828403121561004f575f5ffd5b81516001600160a01b0381168114610065575f5ffd5b9392505050565b6080516104d06100a65f395f818160a501528181610152015281816102a5015281816102e10152818161037801526103f501526104d05ff3fe60806040526004361061007c575f3560e01c806383a6deb51161004c57806383a6deb51461024c5780639e5faafc14610261578063ddf0b00914610275578063fbfa77cf14610294575f5ffd5b806302fb0c5e146101df578063303bdd2c1461020d5780633a4b66f1146102305780636578986d14610238575f5ffd5b366101db573460025f8282546100929190610452565b909155505060035460ff166100a357005b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316633ccfd60b6040518163ffffffff1660e01b81526004015f604051808303815f87803b1580156100fb575f5ffd5b505af192505050801561010c575060015b6101295760018054905f61011f8361046b565b919050555061013d565b5f805490806101378361046b565b91905055505b6040516313dccf3d60e31b81523460048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690639ee679e8906024015f604051808303815f87803b15801561019b575f5ffd5b505af19250505080156101ac575060015b6101c55760018054905f6101bf8361046b565b91905055005b5f805490806101d38361046b565b91905055505b005b5f5ffd5b3480156101ea575f5ffd5b506003546101f89060ff1681565b60405190151581526020015b60405180910390f35b348015610218575f5ffd5b5061022260015481565b604051908152602001610204565b6101d96102df565b348015610243575f5ffd5b506102225f5481565b348015610257575f5ffd5b5061022260025481565b34801561026c575f5ffd5b506101d9610351565b348015610280575f5ffd5b506101d961028f366004610483565b6103df565b34801561029f575f5ffd5b506102c77f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610204565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663d0e30db0346040518263ffffffff1660e01b81526004015f604051808303818588803b158015610338575f5ffd5b505af115801561034a573d5f5f3e3d5ffd5b5050505050565b6003805460ff1916600117905560408051633ccfd60b60e01b815290516001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001691633ccfd60b916004808301925f92919082900301818387803b1580156103bd575f5ffd5b505af11580156103cf573d5f5f3e3d5ffd5b50506003805460ff191690555050565b6040516313dccf3d60e31b8152600481018290527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690639ee679e8906024015f604051808303815f87803b158015610338575f5ffd5b634e487b7160e01b5f52601160045260245ffd5b808201808211156104655761046561043e565b92915050565b5f6001820161047c5761047c61043e565b5060010190565b5f60208284031215610493575f5ffd5b503591905056fea2646970667358221220732eba571bcfd3cbe4de9bd70b03c6a1b094021c8e09db0efcba3b84fc5d0b2664736f6c63430008250033",
}

// StakingReentrancyProbe is an auto generated Go binding around an Ethereum contract.
type StakingReentrancyProbe struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *StakingReentrancyProbe) GetABI() abi.ABI {
	return c.abi
}

// NewStakingReentrancyProbe creates a new instance of StakingReentrancyProbe.
func NewStakingReentrancyProbe() *StakingReentrancyProbe {
	parsed, err := StakingReentrancyProbeMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &StakingReentrancyProbe{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *StakingReentrancyProbe) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address vault_) returns()
func (stakingReentrancyProbe *StakingReentrancyProbe) PackConstructor(vault_ common.Address) []byte {
	enc, err := stakingReentrancyProbe.abi.Pack("", vault_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackActive is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x02fb0c5e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function active() view returns(bool)
func (stakingReentrancyProbe *StakingReentrancyProbe) PackActive() []byte {
	enc, err := stakingReentrancyProbe.abi.Pack("active")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackActive is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x02fb0c5e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function active() view returns(bool)
func (stakingReentrancyProbe *StakingReentrancyProbe) TryPackActive() ([]byte, error) {
	return stakingReentrancyProbe.abi.Pack("active")
}

// UnpackActive is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x02fb0c5e.
//
// Solidity: function active() view returns(bool)
func (stakingReentrancyProbe *StakingReentrancyProbe) UnpackActive(data []byte) (bool, error) {
	out, err := stakingReentrancyProbe.abi.Unpack("active", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackAttack is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9e5faafc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function attack() returns()
func (stakingReentrancyProbe *StakingReentrancyProbe) PackAttack() []byte {
	enc, err := stakingReentrancyProbe.abi.Pack("attack")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAttack is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9e5faafc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function attack() returns()
func (stakingReentrancyProbe *StakingReentrancyProbe) TryPackAttack() ([]byte, error) {
	return stakingReentrancyProbe.abi.Pack("attack")
}

// PackBlocked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x303bdd2c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function blocked() view returns(uint256)
func (stakingReentrancyProbe *StakingReentrancyProbe) PackBlocked() []byte {
	enc, err := stakingReentrancyProbe.abi.Pack("blocked")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBlocked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x303bdd2c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function blocked() view returns(uint256)
func (stakingReentrancyProbe *StakingReentrancyProbe) TryPackBlocked() ([]byte, error) {
	return stakingReentrancyProbe.abi.Pack("blocked")
}

// UnpackBlocked is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x303bdd2c.
//
// Solidity: function blocked() view returns(uint256)
func (stakingReentrancyProbe *StakingReentrancyProbe) UnpackBlocked(data []byte) (*big.Int, error) {
	out, err := stakingReentrancyProbe.abi.Unpack("blocked", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackQueue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xddf0b009.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function queue(uint256 amount) returns()
func (stakingReentrancyProbe *StakingReentrancyProbe) PackQueue(amount *big.Int) []byte {
	enc, err := stakingReentrancyProbe.abi.Pack("queue", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQueue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xddf0b009.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function queue(uint256 amount) returns()
func (stakingReentrancyProbe *StakingReentrancyProbe) TryPackQueue(amount *big.Int) ([]byte, error) {
	return stakingReentrancyProbe.abi.Pack("queue", amount)
}

// PackReceived is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x83a6deb5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function received() view returns(uint256)
func (stakingReentrancyProbe *StakingReentrancyProbe) PackReceived() []byte {
	enc, err := stakingReentrancyProbe.abi.Pack("received")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReceived is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x83a6deb5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function received() view returns(uint256)
func (stakingReentrancyProbe *StakingReentrancyProbe) TryPackReceived() ([]byte, error) {
	return stakingReentrancyProbe.abi.Pack("received")
}

// UnpackReceived is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x83a6deb5.
//
// Solidity: function received() view returns(uint256)
func (stakingReentrancyProbe *StakingReentrancyProbe) UnpackReceived(data []byte) (*big.Int, error) {
	out, err := stakingReentrancyProbe.abi.Unpack("received", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackReentries is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6578986d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reentries() view returns(uint256)
func (stakingReentrancyProbe *StakingReentrancyProbe) PackReentries() []byte {
	enc, err := stakingReentrancyProbe.abi.Pack("reentries")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReentries is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6578986d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reentries() view returns(uint256)
func (stakingReentrancyProbe *StakingReentrancyProbe) TryPackReentries() ([]byte, error) {
	return stakingReentrancyProbe.abi.Pack("reentries")
}

// UnpackReentries is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6578986d.
//
// Solidity: function reentries() view returns(uint256)
func (stakingReentrancyProbe *StakingReentrancyProbe) UnpackReentries(data []byte) (*big.Int, error) {
	out, err := stakingReentrancyProbe.abi.Unpack("reentries", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3a4b66f1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stake() payable returns()
func (stakingReentrancyProbe *StakingReentrancyProbe) PackStake() []byte {
	enc, err := stakingReentrancyProbe.abi.Pack("stake")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3a4b66f1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stake() payable returns()
func (stakingReentrancyProbe *StakingReentrancyProbe) TryPackStake() ([]byte, error) {
	return stakingReentrancyProbe.abi.Pack("stake")
}

// PackVault is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfbfa77cf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function vault() view returns(address)
func (stakingReentrancyProbe *StakingReentrancyProbe) PackVault() []byte {
	enc, err := stakingReentrancyProbe.abi.Pack("vault")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVault is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfbfa77cf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function vault() view returns(address)
func (stakingReentrancyProbe *StakingReentrancyProbe) TryPackVault() ([]byte, error) {
	return stakingReentrancyProbe.abi.Pack("vault")
}

// UnpackVault is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfbfa77cf.
//
// Solidity: function vault() view returns(address)
func (stakingReentrancyProbe *StakingReentrancyProbe) UnpackVault(data []byte) (common.Address, error) {
	out, err := stakingReentrancyProbe.abi.Unpack("vault", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}
