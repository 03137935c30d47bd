// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package pinpointkernels

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

// PinpointKernelsMetaData contains all meta data concerning the PinpointKernels contract.
var PinpointKernelsMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint8[][]\",\"name\":\"ids\",\"type\":\"uint8[][]\"},{\"internalType\":\"contractIPinpointShapes[]\",\"name\":\"derivers\",\"type\":\"address[]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"kernel\",\"type\":\"uint8\"}],\"name\":\"AlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"deriver\",\"type\":\"address\"}],\"name\":\"NoCode\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoKernels\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"NotOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"kernel\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"epoch\",\"type\":\"uint16\"}],\"name\":\"UnknownKernel\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"epoch\",\"type\":\"uint16\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"deriver\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8[]\",\"name\":\"kernels\",\"type\":\"uint8[]\"}],\"name\":\"Registered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"Renounced\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"epoch\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"id\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"at\",\"type\":\"uint16\"}],\"name\":\"kernelOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8[]\",\"name\":\"ids\",\"type\":\"uint8[]\"},{\"internalType\":\"contractIPinpointShapes\",\"name\":\"deriver\",\"type\":\"address\"}],\"name\":\"register\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounce\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"at\",\"type\":\"uint16\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"kernel\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"p0\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"p1\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"p2\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"p3\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"numel\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"outHeader\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"src0Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src0Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src1Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src1Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src2Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src2Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src3Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src3Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src4Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src4Index\",\"type\":\"uint32\"}],\"internalType\":\"structPinpointShapes.Node\",\"name\":\"d\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"e\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"i\",\"type\":\"uint64\"}],\"name\":\"stepShape\",\"outputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"op\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"kindA\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"kindB\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"slotA\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"slotB\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"payA\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"payB\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"kindC\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"slotC\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"payC\",\"type\":\"uint32\"}],\"internalType\":\"structPinpointShapes.Shape\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"at\",\"type\":\"uint16\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"kernel\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"p0\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"p1\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"p2\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"p3\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"numel\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"outHeader\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"src0Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src0Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src1Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src1Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src2Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src2Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src3Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src3Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src4Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src4Index\",\"type\":\"uint32\"}],\"internalType\":\"structPinpointShapes.Node\",\"name\":\"d\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"e\",\"type\":\"uint64\"}],\"name\":\"traceLength\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"at\",\"type\":\"uint16\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"kernel\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"p0\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"p1\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"p2\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"p3\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"numel\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"outHeader\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"src0Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src0Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src1Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src1Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src2Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src2Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src3Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src3Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src4Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src4Index\",\"type\":\"uint32\"}],\"internalType\":\"structPinpointShapes.Node\",\"name\":\"d\",\"type\":\"tuple\"}],\"name\":\"validNode\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "PinpointKernels",
	Bin: "0x608060405234801561000f575f5ffd5b50604051610e17380380610e1783398101604081905261002e91610323565b5f80546001600160a01b031916331790558151158061004f57508051825114155b1561006d5760405163ac1c54ff60e01b815260040160405180910390fd5b5f5b82518110156100c3576100bb83828151811061008d5761008d610469565b60200260200101518383815181106100a7576100a7610469565b60200260200101515f6100cb60201b60201c565b60010161006f565b5050506104c2565b82515f036100ec5760405163ac1c54ff60e01b815260040160405180910390fd5b816001600160a01b03163b5f03610126576040516333a2905b60e11b81526001600160a01b03831660048201526024015b60405180910390fd5b5f5b83518110156101f3575f84828151811061014457610144610469565b60209081029190910181015160ff81165f90815260019092526040909120549091506001600160a01b031615610192576040516367cb104360e11b815260ff8216600482015260240161011d565b6040805180820182526001600160a01b03808716825261ffff808716602080850191825260ff9096165f90815260019687905294909420925183549451909116600160a01b026001600160b01b031990941691161791909117905501610128565b50816001600160a01b03168161ffff167f4b3ea24c4d0ffd3b1720d4fee780adb216e981687efcea894c70d00d0bb81abf85604051610232919061047d565b60405180910390a3505050565b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f191681016001600160401b038111828210171561027b5761027b61023f565b604052919050565b5f6001600160401b0382111561029b5761029b61023f565b5060051b60200190565b5f82601f8301126102b4575f5ffd5b81516102c76102c282610283565b610253565b8082825260208201915060208360051b8601019250858311156102e8575f5ffd5b602085015b838110156103195780516001600160a01b038116811461030b575f5ffd5b8352602092830192016102ed565b5095945050505050565b5f5f60408385031215610334575f5ffd5b82516001600160401b03811115610349575f5ffd5b8301601f81018513610359575f5ffd5b80516103676102c282610283565b8082825260208201915060208360051b850101925087831115610388575f5ffd5b602084015b838110156104335780516001600160401b038111156103aa575f5ffd5b8501603f81018a136103ba575f5ffd5b60208101516103cb6102c282610283565b808282526020820191506020808460051b8601010192508c8311156103ee575f5ffd5b6040840193505b8284101561041e57835160ff8116811461040d575f5ffd5b8252602093840193909101906103f5565b8652505060209384019391909101905061038d565b506020870151909550925050506001600160401b03811115610453575f5ffd5b61045f858286016102a5565b9150509250929050565b634e487b7160e01b5f52603260045260245ffd5b602080825282518282018190525f918401906040840190835b818110156104b757835160ff16835260209384019390920191600101610496565b509095945050505050565b610948806104cf5f395ff3fe608060405234801561000f575f5ffd5b5060043610610085575f3560e01c80638da5cb5b116100585780638da5cb5b14610112578063900cf0cf1461013c578063b15be2f514610163578063e6766ebf1461016b575f5ffd5b806313a44bd4146100895780631fa7dcba146100ba57806322e5ec70146100cf5780635ca441dc146100f2575b5f5ffd5b61009c610097366004610615565b61017e565b60405167ffffffffffffffff90911681526020015b60405180910390f35b6100cd6100c8366004610658565b6101ac565b005b6100e26100dd3660046106e5565b610256565b60405190151581526020016100b1565b610105610100366004610718565b6102a0565b6040516100b1919061076d565b5f54610124906001600160a01b031681565b6040516001600160a01b0390911681526020016100b1565b5f5461015090600160a01b900461ffff1681565b60405161ffff90911681526020016100b1565b6100cd61031e565b610124610179366004610852565b61039a565b5f6101a5610198610192602086018661087a565b866103f2565b638dd2e43f60e01b610435565b9392505050565b5f546001600160a01b031633146101dd5760405163245aecd360e01b81523360048201526024015b60405180910390fd5b5f80546101f690600160a01b900461ffff166001610893565b5f805461ffff60a01b1916600160a01b61ffff84160217905560408051602086810280830182019093528682529293506102509290918791879182918501908490808284375f920191909152508692508591506104629050565b50505050565b5f8061026e610268602085018561087a565b8561039a565b90506001600160a01b038116610287575f91505061029a565b610298816306c3ed8960e11b610435565b505b92915050565b60408051610140810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e081018290526101008101829052610120810191909152610316610309610303602087018761087a565b876103f2565b636031c8eb60e01b610435565b949350505050565b5f546001600160a01b0316331461034a5760405163245aecd360e01b81523360048201526024016101d4565b5f546040516001600160a01b0390911681527f39288d2dab2e0de49dbf55be2fec9b8faae2562c5c73608217fe2425b5f99e479060200160405180910390a15f80546001600160a01b0319169055565b60ff82165f9081526001602090815260408083208151808301909252546001600160a01b038116825261ffff600160a01b9091048116928201839052909190841610156103ea575f91505061029a565b519392505050565b5f6103fd838361039a565b90506001600160a01b03811661029a57604051631062c7e960e31b815260ff8416600482015261ffff831660248201526044016101d4565b60405181815260243603602460048301375f5f6020360383865afa3d5f833e8061045d573d82fd5b503d81f35b82515f036104835760405163ac1c54ff60e01b815260040160405180910390fd5b816001600160a01b03163b5f036104b8576040516333a2905b60e11b81526001600160a01b03831660048201526024016101d4565b5f5b8351811015610585575f8482815181106104d6576104d66108b9565b60209081029190910181015160ff81165f90815260019092526040909120549091506001600160a01b031615610524576040516367cb104360e11b815260ff821660048201526024016101d4565b6040805180820182526001600160a01b03808716825261ffff808716602080850191825260ff9096165f90815260019687905294909420925183549451909116600160a01b026001600160b01b0319909416911617919091179055016104ba565b50816001600160a01b03168161ffff167f4b3ea24c4d0ffd3b1720d4fee780adb216e981687efcea894c70d00d0bb81abf856040516105c491906108cd565b60405180910390a3505050565b803561ffff811681146105e2575f5ffd5b919050565b5f61022082840312156105f8575f5ffd5b50919050565b803567ffffffffffffffff811681146105e2575f5ffd5b5f5f5f6102608486031215610628575f5ffd5b610631846105d1565b925061064085602086016105e7565b915061064f61024085016105fe565b90509250925092565b5f5f5f6040848603121561066a575f5ffd5b833567ffffffffffffffff811115610680575f5ffd5b8401601f81018613610690575f5ffd5b803567ffffffffffffffff8111156106a6575f5ffd5b8660208260051b84010111156106ba575f5ffd5b6020918201945092508401356001600160a01b03811681146106da575f5ffd5b809150509250925092565b5f5f61024083850312156106f7575f5ffd5b610700836105d1565b915061070f84602085016105e7565b90509250929050565b5f5f5f5f610280858703121561072c575f5ffd5b610735856105d1565b935061074486602087016105e7565b925061075361024086016105fe565b915061076261026086016105fe565b905092959194509250565b815160ff1681526101408101602083015161078d602084018260ff169052565b5060408301516107a2604084018260ff169052565b5060608301516107b7606084018260ff169052565b5060808301516107cc608084018260ff169052565b5060a08301516107e460a084018263ffffffff169052565b5060c08301516107fc60c084018263ffffffff169052565b5060e083015161081160e084018260ff169052565b5061010083015161082861010084018260ff169052565b5061012083015161029861012084018263ffffffff169052565b803560ff811681146105e2575f5ffd5b5f5f60408385031215610863575f5ffd5b61086c83610842565b915061070f602084016105d1565b5f6020828403121561088a575f5ffd5b6101a582610842565b61ffff818116838216019081111561029a57634e487b7160e01b5f52601160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b602080825282518282018190525f918401906040840190835b8181101561090757835160ff168352602093840193909201916001016108e6565b50909594505050505056fea26469706673582212207143b71c38cbe81cad30d9a62e8df65cdf84286648ffe5a6a37fa889b63327ce64736f6c63430008250033",
}

// PinpointKernels is an auto generated Go binding around an Ethereum contract.
type PinpointKernels struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *PinpointKernels) GetABI() abi.ABI {
	return c.abi
}

// NewPinpointKernels creates a new instance of PinpointKernels.
func NewPinpointKernels() *PinpointKernels {
	parsed, err := PinpointKernelsMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &PinpointKernels{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *PinpointKernels) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(uint8[][] ids, address[] derivers) returns()
func (pinpointKernels *PinpointKernels) PackConstructor(ids [][]uint8, derivers []common.Address) []byte {
	enc, err := pinpointKernels.abi.Pack("", ids, derivers)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x900cf0cf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function epoch() view returns(uint16)
func (pinpointKernels *PinpointKernels) PackEpoch() []byte {
	enc, err := pinpointKernels.abi.Pack("epoch")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x900cf0cf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function epoch() view returns(uint16)
func (pinpointKernels *PinpointKernels) TryPackEpoch() ([]byte, error) {
	return pinpointKernels.abi.Pack("epoch")
}

// UnpackEpoch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x900cf0cf.
//
// Solidity: function epoch() view returns(uint16)
func (pinpointKernels *PinpointKernels) UnpackEpoch(data []byte) (uint16, error) {
	out, err := pinpointKernels.abi.Unpack("epoch", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackKernelOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe6766ebf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function kernelOf(uint8 id, uint16 at) view returns(address)
func (pinpointKernels *PinpointKernels) PackKernelOf(id uint8, at uint16) []byte {
	enc, err := pinpointKernels.abi.Pack("kernelOf", id, at)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackKernelOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe6766ebf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function kernelOf(uint8 id, uint16 at) view returns(address)
func (pinpointKernels *PinpointKernels) TryPackKernelOf(id uint8, at uint16) ([]byte, error) {
	return pinpointKernels.abi.Pack("kernelOf", id, at)
}

// UnpackKernelOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe6766ebf.
//
// Solidity: function kernelOf(uint8 id, uint16 at) view returns(address)
func (pinpointKernels *PinpointKernels) UnpackKernelOf(data []byte) (common.Address, error) {
	out, err := pinpointKernels.abi.Unpack("kernelOf", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (pinpointKernels *PinpointKernels) PackOwner() []byte {
	enc, err := pinpointKernels.abi.Pack("owner")
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
func (pinpointKernels *PinpointKernels) TryPackOwner() ([]byte, error) {
	return pinpointKernels.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (pinpointKernels *PinpointKernels) UnpackOwner(data []byte) (common.Address, error) {
	out, err := pinpointKernels.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1fa7dcba.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function register(uint8[] ids, address deriver) returns()
func (pinpointKernels *PinpointKernels) PackRegister(ids []uint8, deriver common.Address) []byte {
	enc, err := pinpointKernels.abi.Pack("register", ids, deriver)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1fa7dcba.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function register(uint8[] ids, address deriver) returns()
func (pinpointKernels *PinpointKernels) TryPackRegister(ids []uint8, deriver common.Address) ([]byte, error) {
	return pinpointKernels.abi.Pack("register", ids, deriver)
}

// PackRenounce is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb15be2f5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounce() returns()
func (pinpointKernels *PinpointKernels) PackRenounce() []byte {
	enc, err := pinpointKernels.abi.Pack("renounce")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounce is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb15be2f5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounce() returns()
func (pinpointKernels *PinpointKernels) TryPackRenounce() ([]byte, error) {
	return pinpointKernels.abi.Pack("renounce")
}

// PackStepShape is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5ca441dc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stepShape(uint16 at, (uint8,uint32,uint32,uint32,uint32,uint64,bytes32,uint8,uint32,uint8,uint32,uint8,uint32,uint8,uint32,uint8,uint32) d, uint64 e, uint64 i) view returns((uint8,uint8,uint8,uint8,uint8,uint32,uint32,uint8,uint8,uint32))
func (pinpointKernels *PinpointKernels) PackStepShape(at uint16, d PinpointShapesNode, e uint64, i uint64) []byte {
	enc, err := pinpointKernels.abi.Pack("stepShape", at, d, e, i)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStepShape is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5ca441dc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stepShape(uint16 at, (uint8,uint32,uint32,uint32,uint32,uint64,bytes32,uint8,uint32,uint8,uint32,uint8,uint32,uint8,uint32,uint8,uint32) d, uint64 e, uint64 i) view returns((uint8,uint8,uint8,uint8,uint8,uint32,uint32,uint8,uint8,uint32))
func (pinpointKernels *PinpointKernels) TryPackStepShape(at uint16, d PinpointShapesNode, e uint64, i uint64) ([]byte, error) {
	return pinpointKernels.abi.Pack("stepShape", at, d, e, i)
}

// UnpackStepShape is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5ca441dc.
//
// Solidity: function stepShape(uint16 at, (uint8,uint32,uint32,uint32,uint32,uint64,bytes32,uint8,uint32,uint8,uint32,uint8,uint32,uint8,uint32,uint8,uint32) d, uint64 e, uint64 i) view returns((uint8,uint8,uint8,uint8,uint8,uint32,uint32,uint8,uint8,uint32))
func (pinpointKernels *PinpointKernels) UnpackStepShape(data []byte) (PinpointShapesShape, error) {
	out, err := pinpointKernels.abi.Unpack("stepShape", data)
	if err != nil {
		return *new(PinpointShapesShape), err
	}
	out0 := *abi.ConvertType(out[0], new(PinpointShapesShape)).(*PinpointShapesShape)
	return out0, nil
}

// PackTraceLength is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x13a44bd4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function traceLength(uint16 at, (uint8,uint32,uint32,uint32,uint32,uint64,bytes32,uint8,uint32,uint8,uint32,uint8,uint32,uint8,uint32,uint8,uint32) d, uint64 e) view returns(uint64)
func (pinpointKernels *PinpointKernels) PackTraceLength(at uint16, d PinpointShapesNode, e uint64) []byte {
	enc, err := pinpointKernels.abi.Pack("traceLength", at, d, e)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTraceLength is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x13a44bd4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function traceLength(uint16 at, (uint8,uint32,uint32,uint32,uint32,uint64,bytes32,uint8,uint32,uint8,uint32,uint8,uint32,uint8,uint32,uint8,uint32) d, uint64 e) view returns(uint64)
func (pinpointKernels *PinpointKernels) TryPackTraceLength(at uint16, d PinpointShapesNode, e uint64) ([]byte, error) {
	return pinpointKernels.abi.Pack("traceLength", at, d, e)
}

// UnpackTraceLength is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x13a44bd4.
//
// Solidity: function traceLength(uint16 at, (uint8,uint32,uint32,uint32,uint32,uint64,bytes32,uint8,uint32,uint8,uint32,uint8,uint32,uint8,uint32,uint8,uint32) d, uint64 e) view returns(uint64)
func (pinpointKernels *PinpointKernels) UnpackTraceLength(data []byte) (uint64, error) {
	out, err := pinpointKernels.abi.Unpack("traceLength", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackValidNode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x22e5ec70.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function validNode(uint16 at, (uint8,uint32,uint32,uint32,uint32,uint64,bytes32,uint8,uint32,uint8,uint32,uint8,uint32,uint8,uint32,uint8,uint32) d) view returns(bool)
func (pinpointKernels *PinpointKernels) PackValidNode(at uint16, d PinpointShapesNode) []byte {
	enc, err := pinpointKernels.abi.Pack("validNode", at, d)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackValidNode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x22e5ec70.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function validNode(uint16 at, (uint8,uint32,uint32,uint32,uint32,uint64,bytes32,uint8,uint32,uint8,uint32,uint8,uint32,uint8,uint32,uint8,uint32) d) view returns(bool)
func (pinpointKernels *PinpointKernels) TryPackValidNode(at uint16, d PinpointShapesNode) ([]byte, error) {
	return pinpointKernels.abi.Pack("validNode", at, d)
}

// UnpackValidNode is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x22e5ec70.
//
// Solidity: function validNode(uint16 at, (uint8,uint32,uint32,uint32,uint32,uint64,bytes32,uint8,uint32,uint8,uint32,uint8,uint32,uint8,uint32,uint8,uint32) d) view returns(bool)
func (pinpointKernels *PinpointKernels) UnpackValidNode(data []byte) (bool, error) {
	out, err := pinpointKernels.abi.Unpack("validNode", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PinpointKernelsRegistered represents a Registered event raised by the PinpointKernels contract.
type PinpointKernelsRegistered struct {
	Epoch   uint16
	Deriver common.Address
	Kernels []uint8
	Raw     *types.Log // Blockchain specific contextual infos
}

const PinpointKernelsRegisteredEventName = "Registered"

// ContractEventName returns the user-defined event name.
func (PinpointKernelsRegistered) ContractEventName() string {
	return PinpointKernelsRegisteredEventName
}

// UnpackRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Registered(uint16 indexed epoch, address indexed deriver, uint8[] kernels)
func (pinpointKernels *PinpointKernels) UnpackRegisteredEvent(log *types.Log) (*PinpointKernelsRegistered, error) {
	event := "Registered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pinpointKernels.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PinpointKernelsRegistered)
	if len(log.Data) > 0 {
		if err := pinpointKernels.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pinpointKernels.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PinpointKernelsRenounced represents a Renounced event raised by the PinpointKernels contract.
type PinpointKernelsRenounced struct {
	Owner common.Address
	Raw   *types.Log // Blockchain specific contextual infos
}

const PinpointKernelsRenouncedEventName = "Renounced"

// ContractEventName returns the user-defined event name.
func (PinpointKernelsRenounced) ContractEventName() string {
	return PinpointKernelsRenouncedEventName
}

// UnpackRenouncedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Renounced(address owner)
func (pinpointKernels *PinpointKernels) UnpackRenouncedEvent(log *types.Log) (*PinpointKernelsRenounced, error) {
	event := "Renounced"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pinpointKernels.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PinpointKernelsRenounced)
	if len(log.Data) > 0 {
		if err := pinpointKernels.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pinpointKernels.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (pinpointKernels *PinpointKernels) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], pinpointKernels.abi.Errors["AlreadyRegistered"].ID.Bytes()[:4]) {
		return pinpointKernels.UnpackAlreadyRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], pinpointKernels.abi.Errors["NoCode"].ID.Bytes()[:4]) {
		return pinpointKernels.UnpackNoCodeError(raw[4:])
	}
	if bytes.Equal(raw[:4], pinpointKernels.abi.Errors["NoKernels"].ID.Bytes()[:4]) {
		return pinpointKernels.UnpackNoKernelsError(raw[4:])
	}
	if bytes.Equal(raw[:4], pinpointKernels.abi.Errors["NotOwner"].ID.Bytes()[:4]) {
		return pinpointKernels.UnpackNotOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], pinpointKernels.abi.Errors["UnknownKernel"].ID.Bytes()[:4]) {
		return pinpointKernels.UnpackUnknownKernelError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// PinpointKernelsAlreadyRegistered represents a AlreadyRegistered error raised by the PinpointKernels contract.
type PinpointKernelsAlreadyRegistered struct {
	Kernel uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyRegistered(uint8 kernel)
func PinpointKernelsAlreadyRegisteredErrorID() common.Hash {
	return common.HexToHash("0xcf9620864375545cfc9ccefa05879b48e90f3a6da8219c6aa381b4b945140689")
}

// UnpackAlreadyRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyRegistered(uint8 kernel)
func (pinpointKernels *PinpointKernels) UnpackAlreadyRegisteredError(raw []byte) (*PinpointKernelsAlreadyRegistered, error) {
	out := new(PinpointKernelsAlreadyRegistered)
	if err := pinpointKernels.abi.UnpackIntoInterface(out, "AlreadyRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PinpointKernelsNoCode represents a NoCode error raised by the PinpointKernels contract.
type PinpointKernelsNoCode struct {
	Deriver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoCode(address deriver)
func PinpointKernelsNoCodeErrorID() common.Hash {
	return common.HexToHash("0x674520b6bb5a7851149439c2748026005a69a70a0b4e6c410abbfac42015a2a9")
}

// UnpackNoCodeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoCode(address deriver)
func (pinpointKernels *PinpointKernels) UnpackNoCodeError(raw []byte) (*PinpointKernelsNoCode, error) {
	out := new(PinpointKernelsNoCode)
	if err := pinpointKernels.abi.UnpackIntoInterface(out, "NoCode", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PinpointKernelsNoKernels represents a NoKernels error raised by the PinpointKernels contract.
type PinpointKernelsNoKernels struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoKernels()
func PinpointKernelsNoKernelsErrorID() common.Hash {
	return common.HexToHash("0xac1c54ff1bfdcc9db5d5393a7928ae8d00c54b0eea31db83b20885195a0a995c")
}

// UnpackNoKernelsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoKernels()
func (pinpointKernels *PinpointKernels) UnpackNoKernelsError(raw []byte) (*PinpointKernelsNoKernels, error) {
	out := new(PinpointKernelsNoKernels)
	if err := pinpointKernels.abi.UnpackIntoInterface(out, "NoKernels", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PinpointKernelsNotOwner represents a NotOwner error raised by the PinpointKernels contract.
type PinpointKernelsNotOwner struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOwner(address sender)
func PinpointKernelsNotOwnerErrorID() common.Hash {
	return common.HexToHash("0x245aecd3fabbd17d6c3c92dc7f0ab916ea8cbf6fc1862c8b56893090ac3fff4c")
}

// UnpackNotOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOwner(address sender)
func (pinpointKernels *PinpointKernels) UnpackNotOwnerError(raw []byte) (*PinpointKernelsNotOwner, error) {
	out := new(PinpointKernelsNotOwner)
	if err := pinpointKernels.abi.UnpackIntoInterface(out, "NotOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PinpointKernelsUnknownKernel represents a UnknownKernel error raised by the PinpointKernels contract.
type PinpointKernelsUnknownKernel struct {
	Kernel uint8
	Epoch  uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownKernel(uint8 kernel, uint16 epoch)
func PinpointKernelsUnknownKernelErrorID() common.Hash {
	return common.HexToHash("0x83163f48d5f846186698d81f1c54f08c5861c59dd8c348ad25d8ec41d59ab071")
}

// UnpackUnknownKernelError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownKernel(uint8 kernel, uint16 epoch)
func (pinpointKernels *PinpointKernels) UnpackUnknownKernelError(raw []byte) (*PinpointKernelsUnknownKernel, error) {
	out := new(PinpointKernelsUnknownKernel)
	if err := pinpointKernels.abi.UnpackIntoInterface(out, "UnknownKernel", raw); err != nil {
		return nil, err
	}
	return out, nil
}
