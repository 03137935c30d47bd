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
	Bin: "0x6080604052348015600e575f5ffd5b5061196f8061001c5f395ff3fe608060405234801561000f575f5ffd5b50600436106100cb575f3560e01c80636303db59116100885780638c035e6c116100635780638c035e6c146101d9578063b6727c0814610208578063d2d783861461021b578063f0d0e9d91461022e575f5ffd5b80636303db59146101895780636b300f511461019c5780636effeac4146101af575f5ffd5b806311d3cb9a146100cf5780631a277154146100f857806324a7e7181461010b57806347ecf1af1461012b578063559cbd251461013e5780635bb2226614610161575b5f5ffd5b6100e26100dd366004611612565b610241565b6040516100ef91906116b1565b60405180910390f35b6100e2610106366004611612565b61037b565b61011e6101193660046116f9565b6104a9565b6040516100ef9190611767565b61011e6101393660046116f9565b61057f565b61015161014c3660046117b4565b61064d565b60405190151581526020016100ef565b61017461016f3660046117f5565b610661565b60405163ffffffff90911681526020016100ef565b6101516101973660046117b4565b610677565b6101746101aa366004611835565b610682565b6101c26101bd36600461184c565b61068c565b6040805192151583526020830191909152016100ef565b6101ec6101e7366004611865565b6106a0565b6040805163ffffffff90931683526020830191909152016100ef565b610174610216366004611865565b6106c9565b6101ec6102293660046117f5565b6106d5565b61015161023c3660046117b4565b6106e6565b60608584811415806102535750828114155b15610274576040516001621398b960e31b0319815260040160405180910390fd5b8067ffffffffffffffff81111561028d5761028d611880565b6040519080825280602002602001820160405280156102b6578160200160208202803683370190505b5091505f5b8181101561036f576103408989838181106102d8576102d8611894565b90506020020160208101906102ed919061184c565b8888848181106102ff576102ff611894565b9050602002016020810190610314919061184c565b87878581811061032657610326611894565b905060200201602081019061033b919061184c565b6106f1565b83828151811061035257610352611894565b63ffffffff909216602092830291909101909101526001016102bb565b50509695505050505050565b606085848114158061038d5750828114155b156103ae576040516001621398b960e31b0319815260040160405180910390fd5b8067ffffffffffffffff8111156103c7576103c7611880565b6040519080825280602002602001820160405280156103f0578160200160208202803683370190505b5091505f5b8181101561036f5761047a89898381811061041257610412611894565b905060200201602081019061042791906118a8565b88888481811061043957610439611894565b905060200201602081019061044e919061184c565b87878581811061046057610460611894565b9050602002016020810190610475919061184c565b6108ac565b83828151811061048c5761048c611894565b63ffffffff909216602092830291909101909101526001016103f5565b60606104b66009836118d5565b156104d7576040516001621398b960e31b0319815260040160405180910390fd5b5f6104e36009846118fc565b90506104f081600461190f565b67ffffffffffffffff81111561050857610508611880565b6040519080825280601f01601f191660200182016040528015610532576020820181803683370190505b5091505f5b81811015610577575f6009820286013560b81c90505f610560604083901c602084901c846108ac565b60e01b600484028601602001525050600101610537565b505092915050565b606061058c600c836118d5565b156105ad576040516001621398b960e31b0319815260040160405180910390fd5b5f6105b9600c846118fc565b90506105c681600461190f565b67ffffffffffffffff8111156105de576105de611880565b6040519080825280601f01601f191660200182016040528015610608576020820181803683370190505b5091505f5b81811015610577575f600c820286013560a01c90505f610636604083901c602084901c846106f1565b60e01b60048402860160200152505060010161060d565b5f61065883836108b9565b90505b92915050565b5f61066d8484846108ac565b90505b9392505050565b5f61065883836108ff565b5f61065b82610945565b5f5f6106978361096a565b91509150915091565b5f5f5f5a90506106b18686866106f1565b92505a6106be9082611926565b915050935093915050565b5f61066d8484846106f1565b5f5f5f5a90506106b18686866108ac565b5f61065883836109d7565b5f838318638000000016637fffffff80861690808616908516637f8000008311806107255750637f80000063ffffffff8316115b806107395750637f80000063ffffffff8216115b1561074e57637fc00000945050505050610670565b63ffffffff8316637f800000148061076f575063ffffffff8216637f800000145b156107e45763ffffffff8316158061078b575063ffffffff8216155b156107a057637fc00000945050505050610670565b63ffffffff8116637f8000001480156107bf5750638000000086168414155b156107d457637fc00000945050505050610670565b505050637f800000179050610670565b637f7fffff1963ffffffff8216016108025785945050505050610670565b63ffffffff83161580610819575063ffffffff8216155b15610843578063ffffffff165f036108375750505082169050610670565b85945050505050610670565b5f5f61084e85610a1e565b915091505f5f61085d86610a1e565b915091508463ffffffff165f0361088c5761087d88828501848702610a53565b98505050505050505050610670565b61089c888386028386018d610afd565b9c9b505050505050505050505050565b5f61066d8484845f610bd7565b5f637f800000637fffffff8416111580156108de5750637f800000637fffffff831611155b801561065857506108ee82610d05565b6108f784610d05565b149392505050565b5f637f800000637fffffff8416111580156109245750637f800000637fffffff831611155b8015610658575061093482610d05565b61093d84610d05565b109392505050565b5f5f82121561095f5761065b63800000005f848103610a53565b61065b5f5f84610a53565b5f80637fffffff8316637f800000811061098957505f93849350915050565b5f5f61099483610a1e565b915091505f5f8212156109ac57815f0383901c6109b0565b82821b5b905063800000008716156109c657805f036109c8565b805b94506001955050505050915091565b5f637f800000637fffffff8416111580156109fc5750637f800000637fffffff831611155b80156106585750610a0c82610d05565b610a1584610d05565b11159392505050565b627fffff81165f60ff601784901c16808203610a3e576094199150610a4d565b62800000831792506096810391505b50915091565b5f815f03610a62575082610670565b811e60e8819003609419859003811215610a7e57846094190390505b5f5f821315610aca575083811c815f19600180831b820188169183011b80821180610ab657508082148015610ab65750836001166001145b15610ac2578360010193505b505050610ad3565b815f0385901b90505b60958683010160171b8101637f8000008110610af05750637f8000005b9096179695505050505050565b5f5f5f610b0f637fffffff8516610a1e565b915091505f818612610b4b578186036040811115610b3d57604088901b975060019350604087039150610b45565b96871b968291505b50610b77565b8582036050811115610b6d57604084901b935060019750604083039150610b75565b92831b928691505b505b63800000008516808903610b9d57610b928983868b01610a53565b945050505050610bcf565b83881115610bb257610b928983868b03610a53565b87841115610bc757610b9281838a8703610a53565b5f9450505050505b949350505050565b5f600b1960ff861601610bf657610bef8484846106f1565b9050610bcf565b5f1960ff861601610c0b57610bef8484610d34565b60021960ff861601610c2157610bef8484610f20565b60011960ff861601610c3757610bef8484611030565b60051960ff861601610c4d57610bef8484611041565b60031960ff861601610c6357610bef8484611097565b60071960ff861601610c7957610bef84846111ec565b60061960ff861601610c8f57610bef8484611240565b60041960ff861601610ca457610bef8461128f565b60081960ff861601610cb957610bef84611347565b60091960ff861601610cce57610bef846113d8565b600a1960ff861601610ce357610bef84611441565b604051633e920abf60e21b815260ff8616600482015260240160405180910390fd5b5f6380000000821615610d2457637fffffff821663800000000361065b565b5063ffffffff1663800000000190565b5f637fffffff838116908316637f80000082101580610d5d5750637f80000063ffffffff821610155b15610df057637f80000063ffffffff83161180610d835750637f80000063ffffffff8216115b15610d9657637fc000009250505061065b565b637f7fffff1963ffffffff831601610de65763ffffffff8116637f800000148015610dcd57508363ffffffff168563ffffffff1614155b610dd75784610ddd565b637fc000005b9250505061065b565b839250505061065b565b8063ffffffff165f03610e1a5763ffffffff821615610e0f5784610ddd565b50505081811661065b565b8163ffffffff165f03610e3157839250505061065b565b5f5f610e3c84610a1e565b915091505f5f610e4b85610a1e565b915091505f818412610e87578184036040811115610e7957604086901b955060019350604085039150610e81565b94851b948291505b50610eb3565b8382036040811115610ea957604084901b935060019550604083039150610eb1565b92831b928491505b505b63800000008a8116908a168103610ee057610ed18183868901610a53565b9850505050505050505061065b565b83861115610ef557610ed18183868903610a53565b85841115610f1057610ed163800000008b1683888703610a53565b505f9a9950505050505050505050565b5f828218638000000016637fffffff808516908416637f800000821180610f505750637f80000063ffffffff8216115b15610f6457637fc00000935050505061065b565b637f7fffff1963ffffffff831601610f9e5763ffffffff811615610f8e57637f8000008317610f94565b637fc000005b935050505061065b565b637f7fffff1963ffffffff821601610fc85763ffffffff821615610f8e57637f8000008317610f94565b63ffffffff82161580610fdf575063ffffffff8116155b15610fef5782935050505061065b565b5f5f610ffa84610a1e565b915091505f5f61100985610a1e565b915091506110228763ffffffff16828501848702610a53565b9a9950505050505050505050565b5f6106588363800000008418610d34565b5f637f800000637fffffff841611806110635750637f800000637fffffff8316115b156110735750637fc0000061065b565b61107c82610d05565b61108584610d05565b116110905781610658565b5090919050565b5f828218638000000016637fffffff808516908416637f8000008211806110c75750637f80000063ffffffff8216115b156110db57637fc00000935050505061065b565b637f7fffff1963ffffffff83160161110a5763ffffffff8116637f80000014610f8e57637f8000008317610f94565b637f7fffff1963ffffffff8216016111275782935050505061065b565b8063ffffffff165f0361114c5763ffffffff821615610f8e57637f8000008317610f94565b8163ffffffff165f036111645782935050505061065b565b5f5f61116f84610a1e565b915091505f5f61117e85610a1e565b9092509050604084901b5f838281611198576111986118c1565b0490505f8483816111ab576111ab6118c1565b06156111b85760016111ba565b5f5b60ff1690506111db8a63ffffffff1660418689030383600186901b17610a53565b9d9c50505050505050505050505050565b5f637f800000637fffffff8416111561120a5750637fc0000061065b565b63800000008316158015611223575063ffffffff831615155b15611238576112318261149d565b905061065b565b505f92915050565b5f637f800000637fffffff841611806112625750637f800000637fffffff8316115b156112725750637fc0000061065b565b61127b82610d05565b61128484610d05565b106110905781610658565b5f637fffffff821681036112a1575090565b637f80000063ffffffff831611156112be5750637fc00000919050565b637f7fffff1963ffffffff8316016112d4575090565b5f5f6112df84610a1e565b91509150806001165f146112f85760019190911b905f19015b605082901b5f611307826114c0565b90505f828283021461131a57600161131c565b5f5b60ff16905061133c5f60016002604f198801050383600186901b17610a53565b979650505050505050565b5f637f800000637fffffff831611156113655750637fc00000919050565b5f63800000008316810361139d576342fe00008363ffffffff1610156113935761138e83611518565b611396565b607f5b90506113cc565b6342fc0000637fffffff841610156113c5576113be637fffffff8416611518565b5f036113c9565b607d195b90505b607f0160171b92915050565b5f637fffffff821681036113f1575063ff800000919050565b637f80000063ffffffff8316111561140e5750637fc00000919050565b637f7fffff1963ffffffff83160161142b5750637f800000919050565b5f61143583611558565b91505061067081610945565b5f637fffffff8216158061145e575063ffffffff8216637f800000145b1561146e5750633f800000919050565b637f80000063ffffffff8316111561148b5750637fc00000919050565b5f61149583611558565b509392505050565b5f637f800000637fffffff8316116114b5578161065b565b637fc0000092915050565b6001811e610101819003821c82901b915f908385816114e1576114e16118c1565b048401901c90505b82811015611511578092506001838581611505576115056118c1565b048401901c90506114e9565b5050919050565b5f6101ff601783901c16607f81101561153357505f92915050565b8060960383627fffff16628000001763ffffffff16901c63ffffffff16915050919050565b5f80627fffff83166101ff601785901c16820361158e5760e8811e607d1981900391909101925060e719011b627fffff1661159e565b607e196101ff601786901c160191505b633f80000081179250633fb504f363ffffffff841610610a4d57633f0000001793600190910192509050565b5f5f83601f8401126115da575f5ffd5b50813567ffffffffffffffff8111156115f1575f5ffd5b6020830191508360208260051b850101111561160b575f5ffd5b9250929050565b5f5f5f5f5f5f60608789031215611627575f5ffd5b863567ffffffffffffffff81111561163d575f5ffd5b61164989828a016115ca565b909750955050602087013567ffffffffffffffff811115611668575f5ffd5b61167489828a016115ca565b909550935050604087013567ffffffffffffffff811115611693575f5ffd5b61169f89828a016115ca565b979a9699509497509295939492505050565b602080825282518282018190525f918401906040840190835b818110156116ee57835163ffffffff168352602093840193909201916001016116ca565b509095945050505050565b5f5f6020838503121561170a575f5ffd5b823567ffffffffffffffff811115611720575f5ffd5b8301601f81018513611730575f5ffd5b803567ffffffffffffffff811115611746575f5ffd5b856020828401011115611757575f5ffd5b6020919091019590945092505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b803563ffffffff811681146117af575f5ffd5b919050565b5f5f604083850312156117c5575f5ffd5b6117ce8361179c565b91506117dc6020840161179c565b90509250929050565b803560ff811681146117af575f5ffd5b5f5f5f60608486031215611807575f5ffd5b611810846117e5565b925061181e6020850161179c565b915061182c6040850161179c565b90509250925092565b5f60208284031215611845575f5ffd5b5035919050565b5f6020828403121561185c575f5ffd5b6106588261179c565b5f5f5f60608486031215611877575f5ffd5b6118108461179c565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b5f602082840312156118b8575f5ffd5b610658826117e5565b634e487b7160e01b5f52601260045260245ffd5b5f826118e3576118e36118c1565b500690565b634e487b7160e01b5f52601160045260245ffd5b5f8261190a5761190a6118c1565b500490565b808202811582820484141761065b5761065b6118e8565b8181038181111561065b5761065b6118e856fea2646970667358221220555709cfaabac275bbb5b0f5bd2dcb5e123a9c7318bae4050e7e400c9aa8553564736f6c63430008250033",
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
