// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package merkleproofharness

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

// MerkleProofHarnessMetaData contains all meta data concerning the MerkleProofHarness contract.
var MerkleProofHarnessMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"BadFloatProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"path\",\"type\":\"bytes32[]\"}],\"name\":\"computeRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"path\",\"type\":\"bytes32[]\"}],\"name\":\"verify\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"tensorIndex\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"headerHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"element\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"dataPath\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"statePath\",\"type\":\"bytes32[]\"}],\"name\":\"verifyFloat\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"valueBits\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"tensorIndex\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"headerHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"element\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"dataPath\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"statePath\",\"type\":\"bytes32[]\"}],\"name\":\"verifyFloatGas\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"valueBits\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"gasUsed\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "MerkleProofHarness",
	Bin: "0x6080604052348015600e575f5ffd5b506105a28061001c5f395ff3fe608060405234801561000f575f5ffd5b506004361061004a575f3560e01c80639f49493b1461004e578063b396e1a114610076578063dedc6c3a14610097578063e1ba9c80146100bf575b5f5ffd5b61006161005c3660046103e2565b6100ee565b60405190151581526020015b60405180910390f35b61008961008436600461043e565b610108565b60405190815260200161006d565b6100aa6100a536600461048d565b610115565b60405163ffffffff909116815260200161006d565b6100d26100cd36600461048d565b610158565b6040805163ffffffff909316835260208301919091520161006d565b5f6100fc86868686866101af565b90505b95945050505050565b5f6100ff858585856101e6565b5f5f6101288b8b8b8b8b8b8b8b8b61028c565b925090508061014a57604051632b21f67760e01b815260040160405180910390fd5b509998505050505050505050565b5f5f5f5a90505f6101708d8d8d8d8d8d8d8d8d61028c565b945090505a61017f9083610540565b92508061019f57604051632b21f67760e01b815260040160405180910390fd5b5050995099975050505050505050565b5f610100821080156101c2575083821c15155b156101ce57505f6100ff565b856101db868686866101e6565b149695505050505050565b5f6040515f815385600182015260205f60218360025afa61020e5763832d99055f526004601cfd5b5f519150838360051b8101600183535b80821015610281576001871680156102425782356001850152846021850152610250565b846001850152823560218501525b5060205f60418560025afa61026c5763832d99055f526004601cfd5b5f5193508660011c965060208201915061021e565b505050949350505050565b5f80600388901c610100861080156102a5575080861c15155b156102b6575f5f9250925050610353565b5f198b036102ca575f5f9250925050610353565b5f6102e08b6102db8b858c8c6101e6565b610361565b90506102f98d826102f28f6001610559565b89896101af565b61030a575f5f935093505050610353565b600160078b16600402601c0360089081028b901c601881811b66ffffffff0000001682841b62ff0000169383901c61ff00169290911c60ff169190911791909117179350935050505b995099975050505050505050565b5f6040516002815383600182015282602182015260205f60418360025afa6103905763832d99055f526004601cfd5b50505f5192915050565b5f5f83601f8401126103aa575f5ffd5b50813567ffffffffffffffff8111156103c1575f5ffd5b6020830191508360208260051b85010111156103db575f5ffd5b9250929050565b5f5f5f5f5f608086880312156103f6575f5ffd5b853594506020860135935060408601359250606086013567ffffffffffffffff811115610421575f5ffd5b61042d8882890161039a565b969995985093965092949392505050565b5f5f5f5f60608587031215610451575f5ffd5b8435935060208501359250604085013567ffffffffffffffff811115610475575f5ffd5b6104818782880161039a565b95989497509550505050565b5f5f5f5f5f5f5f5f5f60e08a8c0312156104a5575f5ffd5b8935985060208a0135975060408a0135965060608a0135955060808a0135945060a08a013567ffffffffffffffff8111156104de575f5ffd5b6104ea8c828d0161039a565b90955093505060c08a013567ffffffffffffffff811115610509575f5ffd5b6105158c828d0161039a565b915080935050809150509295985092959850929598565b634e487b7160e01b5f52601160045260245ffd5b818103818111156105535761055361052c565b92915050565b808201808211156105535761055361052c56fea2646970667358221220a427e769702d1cf1af2339498ec45f1c130aa0e8af0b01f42ec15df2633906c764736f6c63430008250033",
}

// MerkleProofHarness is an auto generated Go binding around an Ethereum contract.
type MerkleProofHarness struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *MerkleProofHarness) GetABI() abi.ABI {
	return c.abi
}

// NewMerkleProofHarness creates a new instance of MerkleProofHarness.
func NewMerkleProofHarness() *MerkleProofHarness {
	parsed, err := MerkleProofHarnessMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &MerkleProofHarness{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *MerkleProofHarness) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackComputeRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb396e1a1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function computeRoot(bytes32 leaf, uint256 index, bytes32[] path) view returns(bytes32)
func (merkleProofHarness *MerkleProofHarness) PackComputeRoot(leaf [32]byte, index *big.Int, path [][32]byte) []byte {
	enc, err := merkleProofHarness.abi.Pack("computeRoot", leaf, index, path)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackComputeRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb396e1a1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function computeRoot(bytes32 leaf, uint256 index, bytes32[] path) view returns(bytes32)
func (merkleProofHarness *MerkleProofHarness) TryPackComputeRoot(leaf [32]byte, index *big.Int, path [][32]byte) ([]byte, error) {
	return merkleProofHarness.abi.Pack("computeRoot", leaf, index, path)
}

// UnpackComputeRoot is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb396e1a1.
//
// Solidity: function computeRoot(bytes32 leaf, uint256 index, bytes32[] path) view returns(bytes32)
func (merkleProofHarness *MerkleProofHarness) UnpackComputeRoot(data []byte) ([32]byte, error) {
	out, err := merkleProofHarness.abi.Unpack("computeRoot", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackVerify is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9f49493b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verify(bytes32 root, bytes32 leaf, uint256 index, bytes32[] path) view returns(bool)
func (merkleProofHarness *MerkleProofHarness) PackVerify(root [32]byte, leaf [32]byte, index *big.Int, path [][32]byte) []byte {
	enc, err := merkleProofHarness.abi.Pack("verify", root, leaf, index, path)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerify is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9f49493b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verify(bytes32 root, bytes32 leaf, uint256 index, bytes32[] path) view returns(bool)
func (merkleProofHarness *MerkleProofHarness) TryPackVerify(root [32]byte, leaf [32]byte, index *big.Int, path [][32]byte) ([]byte, error) {
	return merkleProofHarness.abi.Pack("verify", root, leaf, index, path)
}

// UnpackVerify is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9f49493b.
//
// Solidity: function verify(bytes32 root, bytes32 leaf, uint256 index, bytes32[] path) view returns(bool)
func (merkleProofHarness *MerkleProofHarness) UnpackVerify(data []byte) (bool, error) {
	out, err := merkleProofHarness.abi.Unpack("verify", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackVerifyFloat is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdedc6c3a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyFloat(bytes32 stateRoot, uint256 tensorIndex, bytes32 headerHash, uint256 element, bytes32 leaf, bytes32[] dataPath, bytes32[] statePath) view returns(uint32 valueBits)
func (merkleProofHarness *MerkleProofHarness) PackVerifyFloat(stateRoot [32]byte, tensorIndex *big.Int, headerHash [32]byte, element *big.Int, leaf [32]byte, dataPath [][32]byte, statePath [][32]byte) []byte {
	enc, err := merkleProofHarness.abi.Pack("verifyFloat", stateRoot, tensorIndex, headerHash, element, leaf, dataPath, statePath)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyFloat is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdedc6c3a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyFloat(bytes32 stateRoot, uint256 tensorIndex, bytes32 headerHash, uint256 element, bytes32 leaf, bytes32[] dataPath, bytes32[] statePath) view returns(uint32 valueBits)
func (merkleProofHarness *MerkleProofHarness) TryPackVerifyFloat(stateRoot [32]byte, tensorIndex *big.Int, headerHash [32]byte, element *big.Int, leaf [32]byte, dataPath [][32]byte, statePath [][32]byte) ([]byte, error) {
	return merkleProofHarness.abi.Pack("verifyFloat", stateRoot, tensorIndex, headerHash, element, leaf, dataPath, statePath)
}

// UnpackVerifyFloat is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdedc6c3a.
//
// Solidity: function verifyFloat(bytes32 stateRoot, uint256 tensorIndex, bytes32 headerHash, uint256 element, bytes32 leaf, bytes32[] dataPath, bytes32[] statePath) view returns(uint32 valueBits)
func (merkleProofHarness *MerkleProofHarness) UnpackVerifyFloat(data []byte) (uint32, error) {
	out, err := merkleProofHarness.abi.Unpack("verifyFloat", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackVerifyFloatGas is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe1ba9c80.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyFloatGas(bytes32 stateRoot, uint256 tensorIndex, bytes32 headerHash, uint256 element, bytes32 leaf, bytes32[] dataPath, bytes32[] statePath) view returns(uint32 valueBits, uint256 gasUsed)
func (merkleProofHarness *MerkleProofHarness) PackVerifyFloatGas(stateRoot [32]byte, tensorIndex *big.Int, headerHash [32]byte, element *big.Int, leaf [32]byte, dataPath [][32]byte, statePath [][32]byte) []byte {
	enc, err := merkleProofHarness.abi.Pack("verifyFloatGas", stateRoot, tensorIndex, headerHash, element, leaf, dataPath, statePath)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyFloatGas is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe1ba9c80.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyFloatGas(bytes32 stateRoot, uint256 tensorIndex, bytes32 headerHash, uint256 element, bytes32 leaf, bytes32[] dataPath, bytes32[] statePath) view returns(uint32 valueBits, uint256 gasUsed)
func (merkleProofHarness *MerkleProofHarness) TryPackVerifyFloatGas(stateRoot [32]byte, tensorIndex *big.Int, headerHash [32]byte, element *big.Int, leaf [32]byte, dataPath [][32]byte, statePath [][32]byte) ([]byte, error) {
	return merkleProofHarness.abi.Pack("verifyFloatGas", stateRoot, tensorIndex, headerHash, element, leaf, dataPath, statePath)
}

// VerifyFloatGasOutput serves as a container for the return parameters of contract
// method VerifyFloatGas.
type VerifyFloatGasOutput struct {
	ValueBits uint32
	GasUsed   *big.Int
}

// UnpackVerifyFloatGas is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe1ba9c80.
//
// Solidity: function verifyFloatGas(bytes32 stateRoot, uint256 tensorIndex, bytes32 headerHash, uint256 element, bytes32 leaf, bytes32[] dataPath, bytes32[] statePath) view returns(uint32 valueBits, uint256 gasUsed)
func (merkleProofHarness *MerkleProofHarness) UnpackVerifyFloatGas(data []byte) (VerifyFloatGasOutput, error) {
	out, err := merkleProofHarness.abi.Unpack("verifyFloatGas", data)
	outstruct := new(VerifyFloatGasOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.ValueBits = *abi.ConvertType(out[0], new(uint32)).(*uint32)
	outstruct.GasUsed = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (merkleProofHarness *MerkleProofHarness) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], merkleProofHarness.abi.Errors["BadFloatProof"].ID.Bytes()[:4]) {
		return merkleProofHarness.UnpackBadFloatProofError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// MerkleProofHarnessBadFloatProof represents a BadFloatProof error raised by the MerkleProofHarness contract.
type MerkleProofHarnessBadFloatProof struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadFloatProof()
func MerkleProofHarnessBadFloatProofErrorID() common.Hash {
	return common.HexToHash("0x2b21f677fab3e713639c6dce46b5a0b21bd8af511996a682a0e140077e41e588")
}

// UnpackBadFloatProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadFloatProof()
func (merkleProofHarness *MerkleProofHarness) UnpackBadFloatProofError(raw []byte) (*MerkleProofHarnessBadFloatProof, error) {
	out := new(MerkleProofHarnessBadFloatProof)
	if err := merkleProofHarness.abi.UnpackIntoInterface(out, "BadFloatProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}
