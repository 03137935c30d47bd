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
	ABI: "[{\"inputs\":[],\"name\":\"BadFloatProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"path\",\"type\":\"bytes32[]\"}],\"name\":\"computeRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tensorIndex\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"headerHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"element\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"dataPath\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"statePath\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint32\",\"name\":\"mask\",\"type\":\"uint32\"}],\"name\":\"decoyRoots\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"ok\",\"type\":\"bool\"},{\"internalType\":\"bytes32\",\"name\":\"trueRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"decoyRoot\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"path\",\"type\":\"bytes32[]\"}],\"name\":\"verify\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"tensorIndex\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"headerHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"element\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"dataPath\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"statePath\",\"type\":\"bytes32[]\"}],\"name\":\"verifyFloat\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"valueBits\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"tensorIndex\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"headerHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"element\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"dataPath\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"statePath\",\"type\":\"bytes32[]\"}],\"name\":\"verifyFloatGas\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"valueBits\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"gasUsed\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "MerkleProofHarness",
	Bin: "0x6080604052348015600e575f5ffd5b506107998061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610055575f3560e01c80633d494654146100595780639f49493b1461008e578063b396e1a1146100b1578063dedc6c3a146100d2578063e1ba9c80146100fa575b5f5ffd5b61006c61006736600461052b565b610129565b6040805193151584526020840192909252908201526060015b60405180910390f35b6100a161009c3660046105d9565b610152565b6040519015158152602001610085565b6100c46100bf366004610635565b61016c565b604051908152602001610085565b6100e56100e0366004610684565b610179565b60405163ffffffff9091168152602001610085565b61010d610108366004610684565b6101bc565b6040805163ffffffff9093168352602083019190915201610085565b5f5f5f61013d8c8c8c8c8c8c8c8c8c610213565b92509250925099509950999650505050505050565b5f6101608686868686610295565b90505b95945050505050565b5f610163858585856102cc565b5f5f61018c8b8b8b8b8b8b8b8b8b610372565b92509050806101ae57604051632b21f67760e01b815260040160405180910390fd5b509998505050505050505050565b5f5f5f5a90505f6101d48d8d8d8d8d8d8d8d8d610372565b945090505a6101e39083610737565b92508061020357604051632b21f67760e01b815260040160405180910390fd5b5050995099975050505050505050565b5f5f5f6102268c8c8c8c8c8c8c8c6103fe565b90935091506102808c8c8c6102778d828a600881811b62ff00001682821c61ff0016601884811c60ff16919091179190911792901b63ff0000001691909117600792909216600402601c03021b1890565b8c8c8c8c6103fe565b90508091505099509950999650505050505050565b5f610100821080156102a8575083821c15155b156102b457505f610163565b856102c1868686866102cc565b149695505050505050565b5f6040515f815385600182015260205f60218360025afa6102f45763832d99055f526004601cfd5b5f519150838360051b8101600183535b80821015610367576001871680156103285782356001850152846021850152610336565b846001850152823560218501525b5060205f60418560025afa6103525763832d99055f526004601cfd5b5f5193508660011c9650602082019150610304565b505050949350505050565b5f5f5f6103858b8b8b8b8b8b8b8b6103fe565b909350905082158061039757508b8114155b156103a8575f5f92509250506103f0565b600160078a16600402601c0360089081028a901c601881811b66ffffffff0000001682841b62ff0000169383901c61ff00169290911c60ff1691909117919091171792509250505b995099975050505050505050565b5f80600388901c61010086108015610417575080861c15155b1561042857505f915081905061049d565b5f198b0361043c57505f915081905061049d565b5f6104488c6001610750565b90506101008510801561045c575080851c15155b1561046f57505f925082915061049d9050565b5f6104858c6104808c868d8d6102cc565b6104aa565b9050600161049582848a8a6102cc565b945094505050505b9850989650505050505050565b5f6040516002815383600182015282602182015260205f60418360025afa6104d95763832d99055f526004601cfd5b50505f5192915050565b5f5f83601f8401126104f3575f5ffd5b50813567ffffffffffffffff81111561050a575f5ffd5b6020830191508360208260051b8501011115610524575f5ffd5b9250929050565b5f5f5f5f5f5f5f5f5f60e08a8c031215610543575f5ffd5b8935985060208a0135975060408a0135965060608a0135955060808a013567ffffffffffffffff811115610575575f5ffd5b6105818c828d016104e3565b90965094505060a08a013567ffffffffffffffff8111156105a0575f5ffd5b6105ac8c828d016104e3565b90945092505060c08a013563ffffffff811681146105c8575f5ffd5b809150509295985092959850929598565b5f5f5f5f5f608086880312156105ed575f5ffd5b853594506020860135935060408601359250606086013567ffffffffffffffff811115610618575f5ffd5b610624888289016104e3565b969995985093965092949392505050565b5f5f5f5f60608587031215610648575f5ffd5b8435935060208501359250604085013567ffffffffffffffff81111561066c575f5ffd5b610678878288016104e3565b95989497509550505050565b5f5f5f5f5f5f5f5f5f60e08a8c03121561069c575f5ffd5b8935985060208a0135975060408a0135965060608a0135955060808a0135945060a08a013567ffffffffffffffff8111156106d5575f5ffd5b6106e18c828d016104e3565b90955093505060c08a013567ffffffffffffffff811115610700575f5ffd5b61070c8c828d016104e3565b915080935050809150509295985092959850929598565b634e487b7160e01b5f52601160045260245ffd5b8181038181111561074a5761074a610723565b92915050565b8082018082111561074a5761074a61072356fea264697066735822122078981584c5622355cce0bcd0ca2b18e8cc406dc7001311bd9fcfe7c3c951620264736f6c63430008250033",
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

// PackDecoyRoots is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3d494654.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decoyRoots(uint256 tensorIndex, bytes32 headerHash, uint256 element, bytes32 leaf, bytes32[] dataPath, bytes32[] statePath, uint32 mask) view returns(bool ok, bytes32 trueRoot, bytes32 decoyRoot)
func (merkleProofHarness *MerkleProofHarness) PackDecoyRoots(tensorIndex *big.Int, headerHash [32]byte, element *big.Int, leaf [32]byte, dataPath [][32]byte, statePath [][32]byte, mask uint32) []byte {
	enc, err := merkleProofHarness.abi.Pack("decoyRoots", tensorIndex, headerHash, element, leaf, dataPath, statePath, mask)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecoyRoots is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3d494654.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decoyRoots(uint256 tensorIndex, bytes32 headerHash, uint256 element, bytes32 leaf, bytes32[] dataPath, bytes32[] statePath, uint32 mask) view returns(bool ok, bytes32 trueRoot, bytes32 decoyRoot)
func (merkleProofHarness *MerkleProofHarness) TryPackDecoyRoots(tensorIndex *big.Int, headerHash [32]byte, element *big.Int, leaf [32]byte, dataPath [][32]byte, statePath [][32]byte, mask uint32) ([]byte, error) {
	return merkleProofHarness.abi.Pack("decoyRoots", tensorIndex, headerHash, element, leaf, dataPath, statePath, mask)
}

// DecoyRootsOutput serves as a container for the return parameters of contract
// method DecoyRoots.
type DecoyRootsOutput struct {
	Ok        bool
	TrueRoot  [32]byte
	DecoyRoot [32]byte
}

// UnpackDecoyRoots is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3d494654.
//
// Solidity: function decoyRoots(uint256 tensorIndex, bytes32 headerHash, uint256 element, bytes32 leaf, bytes32[] dataPath, bytes32[] statePath, uint32 mask) view returns(bool ok, bytes32 trueRoot, bytes32 decoyRoot)
func (merkleProofHarness *MerkleProofHarness) UnpackDecoyRoots(data []byte) (DecoyRootsOutput, error) {
	out, err := merkleProofHarness.abi.Unpack("decoyRoots", data)
	outstruct := new(DecoyRootsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Ok = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.TrueRoot = *abi.ConvertType(out[1], new([32]byte)).(*[32]byte)
	outstruct.DecoyRoot = *abi.ConvertType(out[2], new([32]byte)).(*[32]byte)
	return *outstruct, nil
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
