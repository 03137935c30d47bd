// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package pinpointgame

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

// PinpointGameAssemblyOpening is an auto generated low-level Go binding around an user-defined struct.
type PinpointGameAssemblyOpening struct {
	MapLeaf    *big.Int
	MapProof   [][32]byte
	Src        [32]byte
	SrcProof   [][32]byte
	BatchRoot  [32]byte
	NextMeta   [32]byte
	BatchProof [][32]byte
}

// PinpointGameOpening is an auto generated low-level Go binding around an user-defined struct.
type PinpointGameOpening struct {
	Src        [32]byte
	SrcProof   [][32]byte
	BatchRoot  [32]byte
	NextMeta   [32]byte
	BatchProof [][32]byte
	Header     [32]byte
	DataLeaf   [32]byte
	DataProof  [][32]byte
}

// PinpointGameSetup is an auto generated low-level Go binding around an user-defined struct.
type PinpointGameSetup struct {
	Solver       common.Address
	KernelEpoch  uint16
	Challenger   common.Address
	NodesRoot    [32]byte
	StateMapRoot [32]byte
	DataRoot     [32]byte
	Agreed       [32]byte
	Disputed     [32]byte
	FirstStep    uint64
	SegLen       uint64
	NumNodes     uint32
	StateDepth   uint8
	Clock        uint64
}

// PinpointGameView is an auto generated low-level Go binding around an user-defined struct.
type PinpointGameView struct {
	Phase           uint8
	Level           uint8
	Result          uint8
	SolverTurn      bool
	Moves           uint32
	Idx             uint64
	Rem             uint8
	Step            uint64
	Node            uint32
	Element         uint64
	TraceLen        uint64
	ClockSolver     uint64
	ClockChallenger uint64
	LastMove        uint64
	Cur             [32]byte
}

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

// PinpointGameMetaData contains all meta data concerning the PinpointGame contract.
var PinpointGameMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"fanoutBits_\",\"type\":\"uint8\"},{\"internalType\":\"contractIPinpointKernels\",\"name\":\"kernels_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"judge_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"BadFrontier\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"}],\"name\":\"BadFrontierSize\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadNode\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadPick\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadProof\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadSetup\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ClockExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"ClockRunning\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"GameOver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"op\",\"type\":\"uint8\"}],\"name\":\"InvalidOp\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"NoGame\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotAtTrace\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotFirstPick\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"NotYourTurn\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pathLength\",\"type\":\"uint256\"}],\"name\":\"ProofIndexTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"want\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"got\",\"type\":\"uint32\"}],\"name\":\"WrongMoveNumber\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumPinpointGame.Phase\",\"name\":\"want\",\"type\":\"uint8\"},{\"internalType\":\"enumPinpointGame.Phase\",\"name\":\"have\",\"type\":\"uint8\"}],\"name\":\"WrongPhase\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZkDisabled\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"Moved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"client\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"}],\"name\":\"Opened\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"enumPinpointGame.Result\",\"name\":\"result\",\"type\":\"uint8\"}],\"name\":\"Resolved\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"mv\",\"type\":\"uint32\"}],\"name\":\"acceptElement\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"clientOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"mv\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"prevState\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"prevProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"frontier\",\"type\":\"bytes32[]\"}],\"name\":\"commitGraph\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"mv\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"lastProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"frontier\",\"type\":\"bytes32[]\"}],\"name\":\"commitSteps\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"mv\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"mapLeaf\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"mapProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"src\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"srcProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"batchRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"nextMeta\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"batchProof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structPinpointGame.AssemblyOpening\",\"name\":\"o\",\"type\":\"tuple\"}],\"name\":\"defendAssembly\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"mv\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"src\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"srcProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"batchRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"nextMeta\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"batchProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"header\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataLeaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"dataProof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structPinpointGame.Opening\",\"name\":\"a\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"src\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"srcProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"batchRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"nextMeta\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"batchProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"header\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataLeaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"dataProof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structPinpointGame.Opening\",\"name\":\"b\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"src\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"srcProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"batchRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"nextMeta\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"batchProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"header\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataLeaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"dataProof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structPinpointGame.Opening\",\"name\":\"c\",\"type\":\"tuple\"}],\"name\":\"defendStep\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"mv\",\"type\":\"uint32\"}],\"name\":\"disputeAssembly\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"mv\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"operands\",\"type\":\"bytes\"},{\"internalType\":\"uint64\",\"name\":\"q\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"src\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"srcProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"batchRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"nextMeta\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"batchProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"header\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataLeaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"dataProof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structPinpointGame.Opening\",\"name\":\"o\",\"type\":\"tuple\"}],\"name\":\"disputeOperand\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"elementJudge\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"fanoutBits\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"forfeited\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"gameCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"kernels\",\"outputs\":[{\"internalType\":\"contractIPinpointKernels\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"kernel\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"p0\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"p1\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"p2\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"p3\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"numel\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"outHeader\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"src0Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src0Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src1Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src1Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src2Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src2Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src3Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src3Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src4Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src4Index\",\"type\":\"uint32\"}],\"internalType\":\"structPinpointShapes.Node\",\"name\":\"d\",\"type\":\"tuple\"}],\"name\":\"nodeLeaf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"kernelEpoch\",\"type\":\"uint16\"},{\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"nodesRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateMapRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"agreed\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"disputed\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"firstStep\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"segLen\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"numNodes\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"stateDepth\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"clock\",\"type\":\"uint64\"}],\"internalType\":\"structPinpointGame.Setup\",\"name\":\"s\",\"type\":\"tuple\"}],\"name\":\"open\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"mv\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"kernel\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"p0\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"p1\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"p2\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"p3\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"numel\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"outHeader\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"src0Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src0Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src1Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src1Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src2Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src2Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src3Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src3Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src4Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src4Index\",\"type\":\"uint32\"}],\"internalType\":\"structPinpointShapes.Node\",\"name\":\"desc\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"descProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"header\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"frontier\",\"type\":\"bytes32[]\"}],\"name\":\"openNode\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"mv\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"lastLeaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"lastProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"frontier\",\"type\":\"bytes32[]\"}],\"name\":\"openTrace\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"mv\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"node\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"q\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"path\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint8\",\"name\":\"lane\",\"type\":\"uint8\"}],\"name\":\"pick\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"mv\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"operands\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"proveElement\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"mv\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"value\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"operands\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"refuteElement\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"result\",\"outputs\":[{\"internalType\":\"enumPinpointGame.Result\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"mv\",\"type\":\"uint32\"},{\"internalType\":\"bytes32[]\",\"name\":\"frontier\",\"type\":\"bytes32[]\"}],\"name\":\"reveal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"state\",\"outputs\":[{\"components\":[{\"internalType\":\"enumPinpointGame.Phase\",\"name\":\"phase\",\"type\":\"uint8\"},{\"internalType\":\"enumPinpointGame.Level\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"enumPinpointGame.Result\",\"name\":\"result\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"solverTurn\",\"type\":\"bool\"},{\"internalType\":\"uint32\",\"name\":\"moves\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"idx\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"rem\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"step\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"node\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"element\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"traceLen\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"clockSolver\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"clockChallenger\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lastMove\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"cur\",\"type\":\"bytes32\"}],\"internalType\":\"structPinpointGame.View\",\"name\":\"v\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"timeout\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "PinpointGame",
	Bin: "0x60e060405234801561000f575f5ffd5b506040516156b13803806156b183398101604081905261002e916100cd565b60ff83161580610041575060088360ff16115b8061005457506001600160a01b0382163b155b8061007a57506001600160a01b0381161580159061007a57506001600160a01b0381163b155b156100975760405162de0e3560e11b815260040160405180910390fd5b60ff9092166080526001600160a01b0390811660a0521660c05261011c565b6001600160a01b03811681146100ca575f5ffd5b50565b5f5f5f606084860312156100df575f5ffd5b835160ff811681146100ef575f5ffd5b6020850151909350610100816100b6565b6040850151909250610111816100b6565b809150509250925092565b60805160a05160c05161552561018c5f395f81816102bf01528181610bd901528181611121015261281001525f818161033201528181610d1301528181610f5f015261266601525f81816102e6015281816113390152818161136a01528181611dd30152611e0401526155255ff3fe608060405234801561000f575f5ffd5b5060043610610153575f3560e01c80637fc875f2116100bf578063cafb8a3111610079578063cafb8a3114610367578063cfd1167d1461037a578063d12448ea1461038d578063d5b4678a146103c9578063eb4c848c146103dc578063ecef6c56146103ef575f5ffd5b80637fc875f2146102a75780639d0da4d4146102ba5780639e2b991b146102e1578063ac1c2b7d1461031a578063c6e60dd01461032d578063cad1dcee14610354575f5ffd5b80633e4f49e6116101105780633e4f49e61461020357806345b569f0146102235780634d1975b41461023657806350e3ccc01461023e5780635271fb93146102815780635df1101514610294575f5ffd5b806308148f7a146101575780630bdfdaff1461016c5780631d4b39161461019257806325aa4dd0146101a557806326b0cbb7146101b85780633c594059146101cb575b5f5ffd5b61016a610165366004613bec565b610402565b005b61017f61017a366004613c03565b610501565b6040519081526020015b60405180910390f35b61016a6101a0366004613c3c565b61076f565b61016a6101b3366004613caa565b6107ab565b61016a6101c6366004613d45565b6108a4565b6101f66101d9366004613bec565b5f9081526001602052604090206008015462010000900460ff1690565b6040516101899190613dff565b610216610211366004613bec565b61095b565b6040516101899190613e2d565b61016a610231366004613fd4565b610b24565b61017f5f5481565b61026961024c366004613bec565b5f908152600160205260409020600901546001600160a01b031690565b6040516001600160a01b039091168152602001610189565b61016a61028f366004614074565b610ce9565b61016a6102a236600461411b565b610e8d565b61016a6102b5366004614183565b610ea9565b6102697f000000000000000000000000000000000000000000000000000000000000000081565b6103087f000000000000000000000000000000000000000000000000000000000000000081565b60405160ff9091168152602001610189565b61016a610328366004614236565b61109c565b6102697f000000000000000000000000000000000000000000000000000000000000000081565b61016a6103623660046142be565b61123d565b61016a610375366004614352565b61131d565b61016a6103883660046143d2565b6114c9565b6103b961039b366004613bec565b5f90815260016020526040902060090154600160a01b900460ff1690565b6040519015158152602001610189565b61016a6103d736600461444b565b611701565b61017f6103ea3660046144df565b6117f4565b61016a6103fd366004613c3c565b61180d565b5f61040c826118e6565b60088101549091505f906301000000900460ff1661043e576008820154600160c01b90046001600160401b0316610454565b6008820154600160801b90046001600160401b03165b60088301549091505f90610479908390600160401b90046001600160401b031661450e565b9050806001600160401b031642116104b4576040516303a5cac360e01b81526001600160401b03821660048201526024015b60405180910390fd5b6104bd84611974565b60098301805460ff60a01b1916600160a01b17905560088301546104fb90859085906301000000900460ff166104f45760016119a8565b60026119a8565b50505050565b5f806105106020840184614541565b6001600160a01b0316148061053c57505f6105316060840160408501614541565b6001600160a01b0316145b8061057357506105526060830160408401614541565b6001600160a01b03166105686020840184614541565b6001600160a01b0316145b80610596575061058b6101408301610120840161455c565b6001600160401b0316155b806105b657506105ae61016083016101408401614577565b63ffffffff16155b806105d957506105ce6101a08301610180840161455c565b6001600160401b0316155b806105f657506105f161018083016101608401614592565b60ff16155b156106135760405162de0e3560e11b815260040160405180910390fd5b5f5f8154610620906145ad565b91829055505f81815260016020526040902090915082816106418282614627565b50506009810180546001600160a01b031916331790556008810180546001600160401b034216600160401b026fffffffffffffffff00000000ff0000ff1990911617630100000117905561069d6101a08401610180850161455c565b6008820180546001600160401b0392909216600160801b0267ffffffffffffffff60801b199092169190911790556106dd6101a08401610180850161455c565b6008820180546001600160401b0392909216600160c01b026001600160c01b0390921691909117905533827f58a5aab4fa01bfbdc74f179a01ed419cff11397eaff73344aec9e87349af962c6107366020870187614541565b6107466060880160408901614541565b604080516001600160a01b0393841681529290911660208301520160405180910390a350919050565b5f828152600160205260408120600b0154600160481b900460ff1690610798848484600a611a20565b90506104fb8482846104f45760016119a8565b5f6107ba898960016004611a20565b60078101549091505f906107e8906107e390600160401b90046001600160401b031660016147bf565b611ce8565b905060ff8116861415806108365750600d820154600b830154610833908a9061082390600190600160501b90046001600160401b03166147d2565b6001600160401b03168a8a611d0b565b14155b1561085457604051637ca55c7760e01b815260040160405180910390fd5b600e820188905560108201859055600782015461088d908390600190889061088890600160801b900463ffffffff16611ce8565b611d5d565b610898828585611dc8565b50505050505050505050565b5f6108b28888600180611a20565b60078101549091505f906108db906107e390600160401b90046001600160401b031660016147bf565b905060ff811685141580610914575060068201546007830154889161091191600160401b90046001600160401b03168989611d0b565b14155b1561093257604051637ca55c7760e01b815260040160405180910390fd5b600d8201879055610945825f8984611d5d565b610950828585611dc8565b505050505050505050565b6109d6604080516101e08101909152805f81526020015f81526020015f81525f6020820181905260408201819052606082018190526080820181905260a0820181905260c0820181905260e0820181905261010082018190526101208201819052610140820181905261016082018190526101809091015290565b5f828152600160205260409081902081516101e081019092526008810154909190819060ff16600a811115610a0d57610a0d613dd7565b81526020018260080160019054906101000a900460ff166004811115610a3557610a35613dd7565b81526020018260080160029054906101000a900460ff166002811115610a5d57610a5d613dd7565b8152600883015460ff6301000000820481161515602084015263ffffffff640100000000830481166040850152600b8601546001600160401b038082166060870152600160401b8083049094166080870152600160501b8204811660a0870152600160901b820490921660c0860152600160b01b9004811660e0850152600c8601548116610100850152600160801b83048116610120850152600160c01b83048116610140850152910416610160820152600a909201546101809092019190915292915050565b5f8681526001602052604081206008015460ff1690600682600a811115610b4d57610b4d613dd7565b1480610bb9575060045f89815260016020526040902060080154610100900460ff166004811115610b8057610b80613dd7565b148015610bb95750600282600a811115610b9c57610b9c613dd7565b1480610bb95750600782600a811115610bb757610bb7613dd7565b145b90505f610bd58989600185610bcf576006611a20565b86611a20565b90507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b038116610c1f5760405163a2a34ef760e01b815260040160405180910390fd5b806001600160a01b031663a1ac40a5610c3784611eba565b600b850154600c86015460405160e085901b6001600160e01b0319168152610c899392600160b01b90046001600160401b031691600160401b900463ffffffff16908e908e908e908e90600401614819565b602060405180830381865afa158015610ca4573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610cc89190614860565b601683015550600801805463ff0000ff1916600a1790555050505050505050565b5f610cf8868660016007611a20565b8054600b820154604051631729107760e21b81529293505f927f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031692635ca441dc92610d7692600160a01b90920461ffff16916013880191600160b01b81046001600160401b039081169291169060040161497d565b61014060405180830381865afa158015610d92573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610db69190614a4d565b600a8301549091505f610dc882611f1e565b905081610dd58483611f2a565b14610def57610de6898560026119a8565b50505050610e86565b5f610e0985856020015186606001518760a001518c611ff1565b90505f610e2586866040015187608001518860c001518c611ff1565b90505f610e43878760e001518861010001518961012001518c611ff1565b90505f610e55875f015185858561216f565b9050610e7d8d898763ffffffff168463ffffffff1614610e765760026119a8565b60016119a8565b50505050505050505b5050505050565b5f610e9c858560016002611a20565b9050610e86818484611dc8565b5f610eb88a8a60016005611a20565b6007810154909150610ed690600160801b900463ffffffff16611ce8565b60ff168614610ef857604051637ca55c7760e01b815260040160405180910390fd5b6002810154610f30610f17610f12368c90038c018c614b17565b612299565b600b840154600160901b900463ffffffff168a8a611d0b565b14610f4e57604051637ca55c7760e01b815260040160405180910390fd5b805460405163022e5ec760e41b81527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316916322e5ec7091610fa891600160a01b900461ffff16908c90600401614c5f565b602060405180830381865afa158015610fc3573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610fe79190614e11565b611004576040516305bb030160e31b815260040160405180910390fd5b8760c0013585141580611024575080601101546110218686612305565b14155b1561104257604051637ca55c7760e01b815260040160405180910390fd5b87601382016110518282614e30565b9050506110918160038661088860088d60a0016020810190611073919061455c565b611087906001600160401b031660076147bf565b6107e391906150d7565b610898818484611dc8565b5f6110aa88885f6003611a20565b905060046008820154610100900460ff1660048111156110cc576110cc613dd7565b146110ea57604051631e5acc5f60e31b815260040160405180910390fd5b600c81015463ffffffff600160401b90910481169087160361111f57604051637ca55c7760e01b815260040160405180910390fd5b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0381166111675760405163a2a34ef760e01b815260040160405180910390fd5b806001600160a01b031663a1ac40a561117f84611eba565b600b85015460405160e084901b6001600160e01b03191681526111c09291600160b01b90046001600160401b0316908c908c908c908c908c90600401614819565b602060405180830381865afa1580156111db573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906111ff9190614860565b601683015550600b8101805469ff0000000000000000001916600160481b179055600801805463ff0000ff1916630100000a17905550505050505050565b5f61124c898960016006611a20565b600c8101549091505f90611268906001600160401b0316611ce8565b905060ff8116851415806112ac5750600c82015488906112a9908990611299906001906001600160401b03166147d2565b6001600160401b03168989611d0b565b14155b156112ca57604051637ca55c7760e01b815260040160405180910390fd5b600c820154600160401b900463ffffffff166112e588611f1e565b63ffffffff161461130957604051637ca55c7760e01b815260040160405180910390fd5b6012820188905561088d8260048a84611d5d565b5f61132b88885f6003611a20565b600b8101549091505f9060ff7f00000000000000000000000000000000000000000000000000000000000000008116600160401b909204161061138e577f000000000000000000000000000000000000000000000000000000000000000061139e565b600b820154600160401b900460ff165b905060ff8116841415806113b7575060ff811686901c15155b156113d5576040516350e056af60e11b815260040160405180910390fd5b81600a0154611400888888888660ff1688600b0160089054906101000a900460ff1660ff1614612317565b1461141e576040516350e056af60e11b815260040160405180910390fd5b600a8201879055600b8201805467ffffffffffffffff1981166001600160401b0391821660ff8581169190911b8a179092161780835583929160089161146d918591600160401b9004166150ea565b82546101009290920a60ff818102199093169183160217909155600b840154600160401b9004161590506114b55750600801805463ff0000ff191663010000021790556114c0565b61095089838561239f565b50505050505050565b5f6114d8848460016008611a20565b600b8101549091506001600160401b03165f81810361151c5761151183608086013560a087013561150c60c0890189615103565b61279b565b5060a08301356116e2565b6007830154600160a01b900460ff166115386020860186615103565b90501461155857604051637ca55c7760e01b815260040160405180910390fd5b600383015461157e85356001600160401b0385166115796020890189615103565b611d0b565b1461159c57604051637ca55c7760e01b815260040160405180910390fd5b83355f03611627576007830154600160a01b900460ff166115c06060860186615103565b9050146115e057604051637ca55c7760e01b815260040160405180910390fd5b600e83015461160460408601356001600160401b0385166115796060890189615103565b1461162257604051637ca55c7760e01b815260040160405180910390fd5b6116db565b5f61163460018635615148565b6007850154909150600160801b900463ffffffff16811015806116825750600784015461166d90600160801b900463ffffffff16611ce8565b60ff1661167d6060870187615103565b905014155b156116a057604051637ca55c7760e01b815260040160405180910390fd5b60108401546116bb60408701358361157960608a018a615103565b146116d957604051637ca55c7760e01b815260040160405180910390fd5b505b5060408301355b6116f9868485600a01548414610e765760026119a8565b505050505050565b5f868152600160205260408120600b0154600160481b900460ff169061172a888884600a611a20565b90508060160154868660405161174192919061515b565b60405180910390201415806117695750846117666001600160401b038616600461516a565b10155b1561178757604051637ca55c7760e01b815260040160405180910390fd5b5f5f611793838761280c565b915091506117ab8888886001600160401b03166128d2565b63ffffffff166117bf84600185858a611ff1565b63ffffffff16036117e357604051637ca55c7760e01b815260040160405180910390fd5b6108988a8486610e765760026119a8565b5f611807610f1236849003840184614b17565b92915050565b5f61181b83835f6003611a20565b905060016008820154610100900460ff16600481111561183d5761183d613dd7565b1415806118565750600b8101546001600160401b031615155b8061188d5750600781015461187790600160801b900463ffffffff16611ce8565b600b820154600160401b900460ff908116911614155b156118ab57604051635396738360e01b815260040160405180910390fd5b600f81015460078201546118ce91839160029190600160a01b900460ff16611d5d565b600801805463ff000000191663010000001790555050565b5f81815260016020526040812090600882015460ff16600a81111561190d5761190d613dd7565b0361192e576040516365450a8960e01b8152600481018390526024016104ab565b5f600882015462010000900460ff16600281111561194e5761194e613dd7565b1461196f57604051633496ed1560e01b8152600481018390526024016104ab565b919050565b6040517f48a7d77a290c1c992e09d877815d79cab4d6ebd646cb5a927987e3f7dae5b5e790365f82373383833684a3505050565b60088201805482919062ff00001916620100008360028111156119cd576119cd613dd7565b021790555060088201805460ff1916600917905560405183907f8a1c7850cb95b6648c597d19ad5a66ce32698f83f344546e66f4229ce5dacff990611a13908490613dff565b60405180910390a2505050565b5f611a2a856118e6565b600881015490915063ffffffff8581166401000000009092041614611a805760088101546040516367c5cfd560e01b815264010000000090910463ffffffff9081166004830152851660248201526044016104ab565b600881015460ff6301000000909104161515831515141580611ad7575082611ab55760018101546001600160a01b0316611ac1565b80546001600160a01b03165b6001600160a01b0316336001600160a01b031614155b15611af7576040516349f5ad1160e01b81523360048201526024016104ab565b81600a811115611b0957611b09613dd7565b600882015460ff16600a811115611b2257611b22613dd7565b14611b4d5760088101546040516305fb5e1b60e01b81526104ab91849160ff90911690600401615181565b60088101545f90611b6e90600160401b90046001600160401b0316426147d2565b90508315611bfe5760088201546001600160401b03600160801b90910481169082161115611baf576040516328dedbb960e21b815260040160405180910390fd5b808260080160108282829054906101000a90046001600160401b0316611bd591906147d2565b92506101000a8154816001600160401b0302191690836001600160401b03160217905550611c82565b60088201546001600160401b03600160c01b90910481169082161115611c37576040516328dedbb960e21b815260040160405180910390fd5b808260080160188282829054906101000a90046001600160401b0316611c5d91906147d2565b92506101000a8154816001600160401b0302191690836001600160401b031602179055505b60088201805467ffffffffffffffff60401b1916600160401b426001600160401b031602179055611cb485600161519c565b8260080160046101000a81548163ffffffff021916908363ffffffff160217905550611cdf86611974565b50949350505050565b5f5b818160ff166001901b101561196f5780611d03816151b8565b915050611cea565b5f61010082108015611d1e575083821c15155b15611d465760405163177e5bcb60e01b815260048101859052602481018390526044016104ab565b611d5285858585612918565b90505b949350505050565b60088401805484919061ff001916610100836004811115611d8057611d80613dd7565b0217905550600a8401829055600b8401805468ffffffffffffffffff1916600160401b60ff8416021790556008840180546002919060ff19166001835b021790555050505050565b600b8301545f9060ff7f00000000000000000000000000000000000000000000000000000000000000008116600160401b9092041610611e28577f0000000000000000000000000000000000000000000000000000000000000000611e38565b600b840154600160401b900460ff165b9050600160ff82161b8214611e60576040516301011fe960e71b815260040160405180910390fd5b600a840154600b850154611e86908590859060ff868116600160401b90920416146129be565b14611ea4576040516301011fe960e71b815260040160405180910390fd5b505050600801805463ff0000ff19166003179055565b60138101545f9060ff811664ffffffff00610100830460081b161768ffffffff000000000065010000000000830460281b161763ffffffff60481b600160481b830460481b161763ffffffff60681b600160681b90920460681b9190911617611807565b5f611807826010612b7a565b5f5f6040611f3c856101200151612b9c565b63ffffffff16901b6060611f4f85612b9c565b63ffffffff16901b6080611f668760c00151612b9c565b63ffffffff16901b60a0611f7d8860a00151612b9c565b63ffffffff16901b60c888610100015160ff16901b60d08960e0015160ff16901b60d88a6080015160ff16901b60e08b6060015160ff16901b60e88c6040015160ff16901b60f08d6020015160ff16901b60f88e5f015160ff16901b171717171717171717179050805f1b91505092915050565b5f60ff8516612001575081612166565b60021960ff86160161201457505f612166565b60011960ff8616016120d457600b8601546001600160401b031663ffffffff84161015806120695750600c860154612054906001600160401b0316611ce8565b60ff166120646020840184615103565b905014155b1561208757604051637ca55c7760e01b815260040160405180910390fd5b60128601546120a5833563ffffffff86166115796020870187615103565b146120c357604051637ca55c7760e01b815260040160405180910390fd5b6120cd8235611f1e565b9050612166565b5f6120e0878685612bdc565b90505f61210960c08501356120f66008886151d6565b63ffffffff1661157960e0880188615103565b90508161211a8560a0013583612305565b1461213857604051637ca55c7760e01b815260040160405180910390fd5b61216160c085013561214b6008886151fd565b612156906004615224565b63ffffffff16612b7a565b925050505b95945050505050565b5f600b1960ff86160161218e57612187848484612d83565b9050611d55565b5f1960ff8616016121a3576121878484612f3e565b60021960ff8616016121b957612187848461312a565b60011960ff8616016121cf57612187848461323a565b60051960ff8616016121e557612187848461324b565b60031960ff8616016121fb5761218784846132a1565b60071960ff8616016122115761218784846133f6565b60061960ff86160161222757612187848461344a565b60041960ff86160161223c5761218784613499565b60081960ff8616016122515761218784613551565b60091960ff86160161226657612187846135e2565b600a1960ff86160161227b576121878461364b565b604051633e920abf60e21b815260ff861660048201526024016104ab565b5f6002826040516020016122ad919061524a565b60408051601f19818403018152908290526122c7916153cd565b602060405180830381855afa1580156122e2573d5f5f3e3d5ffd5b5050506040513d601f19601f820116820180604052508101906118079190614860565b5f61231083836136a7565b9392505050565b5f811561232a576120cd86868686612918565b50845f5b8381101561239557600186821c8116146123695761236482868684818110612358576123586153e3565b905060200201356136e0565b61238b565b61238b85858381811061237e5761237e6153e3565b90506020020135836136e0565b915060010161232e565b5095945050505050565b600882018054630100000063ff00000019821617909155610100900460ff165f8160048111156123d1576123d1613dd7565b0361248557600b8301546001600160401b03165f81900361240957610e868585865f016005015487600a015414610e765760026119a8565b60078401546001600160401b03600160401b9091048116908216111561243857610e86858586600a0154613706565b600b8401805467ffffffffffffffff60501b1916600160501b6001600160401b03841602179055600a840154600f8501556008840180546004919060ff19166001830217905550506104fb565b600181600481111561249957612499613dd7565b0361251d576007830154600b840154600160801b90910463ffffffff166001600160401b03909116106124d5576104fb848485600a0154613706565b600b8301805463ffffffff8116600160901b0263ffffffff60901b19909116179055600a83015460118401556008830180546005919060ff19166001835b02179055506104fb565b600281600481111561253157612531613dd7565b03612549576008838101805460ff1916600183612513565b600381600481111561255d5761255d613dd7565b0361275a5760088260ff1610612586576040516350e056af60e11b815260040160405180910390fd5b600b8301545f9060ff8416906125a6906001600160401b031660086153f7565b6125b0919061450e565b90505f6125d085600a01548560ff1660046125cb919061516a565b612b7a565b600b8601805467ffffffffffffffff60b01b1916600160b01b6001600160401b0386811691820292909217909255600c880180546bffffffff00000000000000001916600160401b63ffffffff8616021790556013880154929350600160881b90920490911611612653576116f9868663ffffffff841615610e765760026119a8565b84546040516304e912f560e21b81525f917f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316916313a44bd4916126b591600160a01b90910461ffff169060138b01908890600401615419565b602060405180830381865afa1580156126d0573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906126f4919061544a565b9050806001600160401b03165f0361271e576114c0878763ffffffff851615610e765760026119a8565b600c8601805467ffffffffffffffff19166001600160401b0383161790556008860180546006919060ff191660018302179055505050506104fb565b600c830154600b8401546001600160401b03918216911610612785576104fb848485600a0154613706565b6008830180546007919060ff1916600183611dbd565b600b85015460078601545f916001916127c7916001600160401b03600160501b909104811691166147bf565b6127d19190615148565b60048701549091506127ee6127e6878761371d565b838686611d0b565b146116f957604051637ca55c7760e01b815260040160405180910390fd5b5f5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316638060cc9161284686611eba565b600b87015460405160e084901b6001600160e01b03191681526004810192909252600160b01b90046001600160401b039081166024830152861660448201526064016040805180830381865afa1580156128a2573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906128c69190615465565b915091505b9250929050565b5f83836128e084600461516a565b906128ec85600461516a565b6128f79060046147bf565b9261290493929190615492565b61290d916154b9565b60e01c949350505050565b5f6040515f815385600182015260205f60218360025afa6129405763832d99055f526004601cfd5b5f519150838360051b8101600183535b808210156129b3576001871680156129745782356001850152846021850152612982565b846001850152823560218501525b5060205f60418560025afa61299e5763832d99055f526004601cfd5b5f5193508660011c9650602082019150612950565b505050949350505050565b5f828015806129d857506129d3600182615148565b811615155b156129f957604051636d19f66360e11b8152600481018290526024016104ab565b5f816001600160401b03811115612a1257612a126149bf565b604051908082528060200260200182016040528015612a3b578160200160208202803683370190505b5090505f5b82811015612ab15784612a6b57868682818110612a5f57612a5f6153e3565b90506020020135612a8c565b612a8c878783818110612a8057612a806153e3565b90506020020135613798565b828281518110612a9e57612a9e6153e3565b6020908102919091010152600101612a40565b505b6001821115612b555760019190911c905f5b82811015612b4f57612b2a82612adc83600261516a565b81518110612aec57612aec6153e3565b602002602001015183836002612b02919061516a565b612b0d9060016147bf565b81518110612b1d57612b1d6153e3565b60200260200101516136e0565b828281518110612b3c57612b3c6153e3565b6020908102919091010152600101612ac5565b50612ab3565b805f81518110612b6757612b676153e3565b6020026020010151925050509392505050565b5f80612b8783601c615148565b612b9290600861516a565b84901c9050611d55815b5f60188263ffffffff16901b60088363ffffffff16901b62ff00001660088463ffffffff16901c61ff001660188563ffffffff16901c1717179050919050565b5f5f5f612bec86601301866137c0565b90925090505f1960ff831601612c83576007860154600160a01b900460ff16612c186020860186615103565b905014612c3857604051637ca55c7760e01b815260040160405180910390fd5b600e860154612c608535612c5363ffffffff851660016147bf565b6115796020890189615103565b14612c7e57604051637ca55c7760e01b815260040160405180910390fd5b612d78565b60011960ff831601612cc857612caa866040860135606087013561150c6080890189615103565b6040840135612c60853563ffffffff84166115796020890189615103565b60021960ff831601612d5f57600b86015463ffffffff600160901b9091048116908216101580612d2357506007860154612d0e90600160801b900463ffffffff16611ce8565b60ff16612d1e6020860186615103565b905014155b15612d4157604051637ca55c7760e01b815260040160405180910390fd5b6010860154612c60853563ffffffff84166115796020890189615103565b6040516305bb030160e31b815260040160405180910390fd5b505090359392505050565b5f838318638000000016637fffffff80861690808616908516637f800000831180612db75750637f80000063ffffffff8316115b80612dcb5750637f80000063ffffffff8216115b15612de057637fc00000945050505050612310565b63ffffffff8316637f8000001480612e01575063ffffffff8216637f800000145b15612e765763ffffffff83161580612e1d575063ffffffff8216155b15612e3257637fc00000945050505050612310565b63ffffffff8116637f800000148015612e515750638000000086168414155b15612e6657637fc00000945050505050612310565b505050637f800000179050612310565b637f7fffff1963ffffffff821601612e945785945050505050612310565b63ffffffff83161580612eab575063ffffffff8216155b15612ed5578063ffffffff165f03612ec95750505082169050612310565b85945050505050612310565b5f5f612ee0856138b4565b915091505f5f612eef866138b4565b915091508463ffffffff165f03612f1e57612f0f888285018487026138e9565b98505050505050505050612310565b612f2e888386028386018d613993565b9c9b505050505050505050505050565b5f637fffffff838116908316637f80000082101580612f675750637f80000063ffffffff821610155b15612ffa57637f80000063ffffffff83161180612f8d5750637f80000063ffffffff8216115b15612fa057637fc0000092505050611807565b637f7fffff1963ffffffff831601612ff05763ffffffff8116637f800000148015612fd757508363ffffffff168563ffffffff1614155b612fe15784612fe7565b637fc000005b92505050611807565b8392505050611807565b8063ffffffff165f036130245763ffffffff8216156130195784612fe7565b505050818116611807565b8163ffffffff165f0361303b578392505050611807565b5f5f613046846138b4565b915091505f5f613055856138b4565b915091505f81841261309157818403604081111561308357604086901b95506001935060408503915061308b565b94851b948291505b506130bd565b83820360408111156130b357604084901b9350600195506040830391506130bb565b92831b928491505b505b63800000008a8116908a1681036130ea576130db81838689016138e9565b98505050505050505050611807565b838611156130ff576130db81838689036138e9565b8584111561311a576130db63800000008b16838887036138e9565b505f9a9950505050505050505050565b5f828218638000000016637fffffff808516908416637f80000082118061315a5750637f80000063ffffffff8216115b1561316e57637fc000009350505050611807565b637f7fffff1963ffffffff8316016131a85763ffffffff81161561319857637f800000831761319e565b637fc000005b9350505050611807565b637f7fffff1963ffffffff8216016131d25763ffffffff82161561319857637f800000831761319e565b63ffffffff821615806131e9575063ffffffff8116155b156131f957829350505050611807565b5f5f613204846138b4565b915091505f5f613213856138b4565b9150915061322c8763ffffffff168285018487026138e9565b9a9950505050505050505050565b5f6123108363800000008418612f3e565b5f637f800000637fffffff8416118061326d5750637f800000637fffffff8316115b1561327d5750637fc00000611807565b61328682613a6b565b61328f84613a6b565b1161329a5781612310565b5090919050565b5f828218638000000016637fffffff808516908416637f8000008211806132d15750637f80000063ffffffff8216115b156132e557637fc000009350505050611807565b637f7fffff1963ffffffff8316016133145763ffffffff8116637f8000001461319857637f800000831761319e565b637f7fffff1963ffffffff82160161333157829350505050611807565b8063ffffffff165f036133565763ffffffff82161561319857637f800000831761319e565b8163ffffffff165f0361336e57829350505050611807565b5f5f613379846138b4565b915091505f5f613388856138b4565b9092509050604084901b5f8382816133a2576133a26150c3565b0490505f8483816133b5576133b56150c3565b06156133c25760016133c4565b5f5b60ff1690506133e58a63ffffffff1660418689030383600186901b176138e9565b9d9c50505050505050505050505050565b5f637f800000637fffffff841611156134145750637fc00000611807565b6380000000831615801561342d575063ffffffff831615155b156134425761343b82613a9a565b9050611807565b505f92915050565b5f637f800000637fffffff8416118061346c5750637f800000637fffffff8316115b1561347c5750637fc00000611807565b61348582613a6b565b61348e84613a6b565b1061329a5781612310565b5f637fffffff821681036134ab575090565b637f80000063ffffffff831611156134c85750637fc00000919050565b637f7fffff1963ffffffff8316016134de575090565b5f5f6134e9846138b4565b91509150806001165f146135025760019190911b905f19015b605082901b5f61351182613abd565b90505f8282830214613524576001613526565b5f5b60ff1690506135465f60016002604f198801050383600186901b176138e9565b979650505050505050565b5f637f800000637fffffff8316111561356f5750637fc00000919050565b5f6380000000831681036135a7576342fe00008363ffffffff16101561359d5761359883613b15565b6135a0565b607f5b90506135d6565b6342fc0000637fffffff841610156135cf576135c8637fffffff8416613b15565b5f036135d3565b607d195b90505b607f0160171b92915050565b5f637fffffff821681036135fb575063ff800000919050565b637f80000063ffffffff831611156136185750637fc00000919050565b637f7fffff1963ffffffff8316016136355750637f800000919050565b5f61363f83613b55565b91505061231081613bc7565b5f637fffffff82161580613668575063ffffffff8216637f800000145b156136785750633f800000919050565b637f80000063ffffffff831611156136955750637fc00000919050565b5f61369f83613b55565b509392505050565b5f6040516002815383600182015282602182015260205f60418360025afa6136d65763832d99055f526004601cfd5b50505f5192915050565b5f6040516001815383600182015282602182015260205f60418360025afa6136d6575f5ffd5b61371883838315610e765760026119a8565b505050565b604051600160fa1b602082015260218101839052604181018290525f9060029060610160408051601f198184030181529082905261375a916153cd565b602060405180830381855afa158015613775573d5f5f3e3d5ffd5b5050506040513d601f19601f820116820180604052508101906123109190614860565b5f6040515f815382600182015260205f60218360025afa6137b7575f5ffd5b50505f51919050565b5f5f8260ff165f036137e8575050600282015460ff811690610100900463ffffffff166128cb565b8260ff1660010361381c575050600282015465010000000000810460ff16906601000000000000900463ffffffff166128cb565b8260ff1660020361384b5750506002820154600160501b810460ff1690600160581b900463ffffffff166128cb565b8260ff1660030361387a5750506002820154600160781b810460ff1690600160801b900463ffffffff166128cb565b8260ff166004036138a95750506002820154600160a01b810460ff1690600160a81b900463ffffffff166128cb565b505f93849350915050565b627fffff81165f60ff601784901c168082036138d45760941991506138e3565b62800000831792506096810391505b50915091565b5f815f036138f8575082612310565b811e60e881900360941985900381121561391457846094190390505b5f5f821315613960575083811c815f19600180831b820188169183011b8082118061394c5750808214801561394c5750836001166001145b15613958578360010193505b505050613969565b815f0385901b90505b60958683010160171b8101637f80000081106139865750637f8000005b9096179695505050505050565b5f5f5f6139a5637fffffff85166138b4565b915091505f8186126139e15781860360408111156139d357604088901b9750600193506040870391506139db565b96871b968291505b50613a0d565b8582036050811115613a0357604084901b935060019750604083039150613a0b565b92831b928691505b505b63800000008516808903613a3357613a288983868b016138e9565b945050505050611d55565b83881115613a4857613a288983868b036138e9565b87841115613a5d57613a2881838a87036138e9565b505f98975050505050505050565b5f6380000000821615613a8a57637fffffff8216638000000003611807565b5063ffffffff1663800000000190565b5f637f800000637fffffff831611613ab25781611807565b637fc0000092915050565b6001811e610101819003821c82901b915f90838581613ade57613ade6150c3565b048401901c90505b82811015613b0e578092506001838581613b0257613b026150c3565b048401901c9050613ae6565b5050919050565b5f6101ff601783901c16607f811015613b3057505f92915050565b8060960383627fffff16628000001763ffffffff16901c63ffffffff16915050919050565b5f80627fffff83166101ff601785901c168203613b8b5760e8811e607d1981900391909101925060e719011b627fffff16613b9b565b607e196101ff601786901c160191505b633f80000081179250633fb504f363ffffffff8416106138e357633f0000001793600190910192509050565b5f5f821215613be15761180763800000005f8481036138e9565b6118075f5f846138e9565b5f60208284031215613bfc575f5ffd5b5035919050565b5f6101a0828403128015613c15575f5ffd5b509092915050565b63ffffffff81168114613c2e575f5ffd5b50565b803561196f81613c1d565b5f5f60408385031215613c4d575f5ffd5b823591506020830135613c5f81613c1d565b809150509250929050565b5f5f83601f840112613c7a575f5ffd5b5081356001600160401b03811115613c90575f5ffd5b6020830191508360208260051b85010111156128cb575f5ffd5b5f5f5f5f5f5f5f5f60c0898b031215613cc1575f5ffd5b883597506020890135613cd381613c1d565b96506040890135955060608901356001600160401b03811115613cf4575f5ffd5b613d008b828c01613c6a565b9096509450506080890135925060a08901356001600160401b03811115613d25575f5ffd5b613d318b828c01613c6a565b999c989b5096995094979396929594505050565b5f5f5f5f5f5f5f60a0888a031215613d5b575f5ffd5b873596506020880135613d6d81613c1d565b95506040880135945060608801356001600160401b03811115613d8e575f5ffd5b613d9a8a828b01613c6a565b90955093505060808801356001600160401b03811115613db8575f5ffd5b613dc48a828b01613c6a565b989b979a50959850939692959293505050565b634e487b7160e01b5f52602160045260245ffd5b60038110613dfb57613dfb613dd7565b9052565b602081016118078284613deb565b600b8110613dfb57613dfb613dd7565b60058110613dfb57613dfb613dd7565b5f6101e082019050613e40828451613e0d565b6020830151613e526020840182613e1d565b506040830151613e656040840182613deb565b506060830151613e79606084018215159052565b506080830151613e91608084018263ffffffff169052565b5060a0830151613eac60a08401826001600160401b03169052565b5060c0830151613ec160c084018260ff169052565b5060e0830151613edc60e08401826001600160401b03169052565b50610100830151613ef661010084018263ffffffff169052565b50610120830151613f136101208401826001600160401b03169052565b50610140830151613f306101408401826001600160401b03169052565b50610160830151613f4d6101608401826001600160401b03169052565b50610180830151613f6a6101808401826001600160401b03169052565b506101a0830151613f876101a08401826001600160401b03169052565b506101c092830151919092015290565b5f5f83601f840112613fa7575f5ffd5b5081356001600160401b03811115613fbd575f5ffd5b6020830191508360208285010111156128cb575f5ffd5b5f5f5f5f5f5f60808789031215613fe9575f5ffd5b863595506020870135613ffb81613c1d565b945060408701356001600160401b03811115614015575f5ffd5b61402189828a01613f97565b90955093505060608701356001600160401b0381111561403f575f5ffd5b61404b89828a01613f97565b979a9699509497509295939492505050565b5f610100828403121561406e575f5ffd5b50919050565b5f5f5f5f5f60a08688031215614088575f5ffd5b85359450602086013561409a81613c1d565b935060408601356001600160401b038111156140b4575f5ffd5b6140c08882890161405d565b93505060608601356001600160401b038111156140db575f5ffd5b6140e78882890161405d565b92505060808601356001600160401b03811115614102575f5ffd5b61410e8882890161405d565b9150509295509295909350565b5f5f5f5f6060858703121561412e575f5ffd5b84359350602085013561414081613c1d565b925060408501356001600160401b0381111561415a575f5ffd5b61416687828801613c6a565b95989497509550505050565b5f610220828403121561406e575f5ffd5b5f5f5f5f5f5f5f5f5f6102e08a8c03121561419c575f5ffd5b8935985060208a01356141ae81613c1d565b97506141bd8b60408c01614172565b96506102608a01356001600160401b038111156141d8575f5ffd5b6141e48c828d01613c6a565b9097509550506102808a013593506102a08a013592506102c08a01356001600160401b03811115614213575f5ffd5b61421f8c828d01613c6a565b915080935050809150509295985092959850929598565b5f5f5f5f5f5f5f60a0888a03121561424c575f5ffd5b87359650602088013561425e81613c1d565b9550604088013561426e81613c1d565b945060608801356001600160401b03811115614288575f5ffd5b6142948a828b01613f97565b90955093505060808801356001600160401b038111156142b2575f5ffd5b613dc48a828b01613f97565b5f5f5f5f5f5f5f5f60c0898b0312156142d5575f5ffd5b8835975060208901356142e781613c1d565b9650604089013595506060890135945060808901356001600160401b0381111561430f575f5ffd5b61431b8b828c01613c6a565b90955093505060a08901356001600160401b03811115613d25575f5ffd5b60ff81168114613c2e575f5ffd5b803561196f81614339565b5f5f5f5f5f5f5f60c0888a031215614368575f5ffd5b87359650602088013561437a81613c1d565b9550604088013594506060880135935060808801356001600160401b038111156143a2575f5ffd5b6143ae8a828b01613c6a565b90945092505060a08801356143c281614339565b8091505092959891949750929550565b5f5f5f606084860312156143e4575f5ffd5b8335925060208401356143f681613c1d565b915060408401356001600160401b03811115614410575f5ffd5b840160e08187031215614421575f5ffd5b809150509250925092565b6001600160401b0381168114613c2e575f5ffd5b803561196f8161442c565b5f5f5f5f5f5f60a08789031215614460575f5ffd5b86359550602087013561447281613c1d565b945060408701356001600160401b0381111561448c575f5ffd5b61449889828a01613f97565b90955093505060608701356144ac8161442c565b915060808701356001600160401b038111156144c6575f5ffd5b6144d289828a0161405d565b9150509295509295509295565b5f61022082840312156144f0575f5ffd5b6123108383614172565b634e487b7160e01b5f52601160045260245ffd5b6001600160401b038181168382160190811115611807576118076144fa565b6001600160a01b0381168114613c2e575f5ffd5b5f60208284031215614551575f5ffd5b81356123108161452d565b5f6020828403121561456c575f5ffd5b81356123108161442c565b5f60208284031215614587575f5ffd5b813561231081613c1d565b5f602082840312156145a2575f5ffd5b813561231081614339565b5f600182016145be576145be6144fa565b5060010190565b5f81356118078161452d565b80546001600160a01b0319166001600160a01b0392909216919091179055565b5f813561ffff81168114611807575f5ffd5b5f81356118078161442c565b5f813561180781613c1d565b5f813561180781614339565b614639614633836145c5565b826145d1565b614668614648602084016145f1565b82805461ffff60a01b191660a09290921b61ffff60a01b16919091179055565b614680614677604084016145c5565b600183016145d1565b606082013560028201556080820135600382015560a0820135600482015560c0820135600582015560e08201356006820155600781016146e46146c66101008501614603565b825467ffffffffffffffff19166001600160401b0391909116178255565b6147216146f46101208501614603565b825467ffffffffffffffff60401b191660409190911b6fffffffffffffffff000000000000000016178255565b614755614731610140850161460f565b82805463ffffffff60801b191660809290921b63ffffffff60801b16919091179055565b614783614765610160850161461b565b82805460ff60a01b191660a09290921b60ff60a01b16919091179055565b6137186147936101808501614603565b82805467ffffffffffffffff60a81b191660a89290921b67ffffffffffffffff60a81b16919091179055565b80820180821115611807576118076144fa565b6001600160401b038281168282160390811115611807576118076144fa565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b8781526001600160401b038716602082015263ffffffff8616604082015260a060608201525f61484d60a0830186886147f1565b828103608084015261322c8185876147f1565b5f60208284031215614870575f5ffd5b5051919050565b805460ff81168352600881901c63ffffffff166020840152602881901c63ffffffff166040840152604881901c63ffffffff166060840152606881901c63ffffffff166080840152608881901c6001600160401b031660a084015250600181015460c0830152600281015460ff811660e0840152600881901c63ffffffff16610100840152602881901c60ff16610120840152603081901c63ffffffff16610140840152605081901c60ff16610160840152605881901c63ffffffff16610180840152607881901c60ff166101a0840152608081901c63ffffffff166101c084015260a081901c60ff166101e084015260a881901c63ffffffff16610200840152505050565b61ffff8516815261028081016149966020830186614877565b6001600160401b0384166102408301526001600160401b03831661026083015295945050505050565b634e487b7160e01b5f52604160045260245ffd5b60405161014081016001600160401b0381118282101715614a0257634e487b7160e01b5f52604160045260245ffd5b60405290565b60405161022081016001600160401b0381118282101715614a0257634e487b7160e01b5f52604160045260245ffd5b805161196f81614339565b805161196f81613c1d565b5f610140828403128015614a5f575f5ffd5b50614a686149d3565b614a7183614a37565b8152614a7f60208401614a37565b6020820152614a9060408401614a37565b6040820152614aa160608401614a37565b6060820152614ab260808401614a37565b6080820152614ac360a08401614a42565b60a0820152614ad460c08401614a42565b60c0820152614ae560e08401614a37565b60e0820152614af76101008401614a37565b610100820152614b0a6101208401614a42565b6101208201529392505050565b5f610220828403128015614b29575f5ffd5b50614b32614a08565b614b3b83614347565b8152614b4960208401613c31565b6020820152614b5a60408401613c31565b6040820152614b6b60608401613c31565b6060820152614b7c60808401613c31565b6080820152614b8d60a08401614440565b60a082015260c08381013590820152614ba860e08401614347565b60e0820152614bba6101008401613c31565b610100820152614bcd6101208401614347565b610120820152614be06101408401613c31565b610140820152614bf36101608401614347565b610160820152614c066101808401613c31565b610180820152614c196101a08401614347565b6101a0820152614c2c6101c08401613c31565b6101c0820152614c3f6101e08401614347565b6101e0820152614c526102008401613c31565b6102008201529392505050565b61ffff831681526102408101614c8260208301614c7b85614347565b60ff169052565b614c8e60208401613c31565b63ffffffff8116604084015250614ca760408401613c31565b63ffffffff8116606084015250614cc060608401613c31565b63ffffffff8116608084015250614cd960808401613c31565b63ffffffff811660a084015250614cf260a08401614440565b6001600160401b03811660c08401525060c083013560e083810191909152614d1b908401614347565b60ff811661010084015250614d336101008401613c31565b63ffffffff811661012084015250614d4e6101208401614347565b60ff811661014084015250614d666101408401613c31565b63ffffffff811661016084015250614d816101608401614347565b60ff811661018084015250614d996101808401613c31565b63ffffffff81166101a084015250614db46101a08401614347565b60ff81166101c084015250614dcc6101c08401613c31565b63ffffffff81166101e084015250614de76101e08401614347565b60ff811661020084015250614dff6102008401613c31565b63ffffffff811661022084015261369f565b5f60208284031215614e21575f5ffd5b81518015158114612310575f5ffd5b614e4d614e3c8361461b565b825460ff191660ff91909116178255565b614e78614e5c6020840161460f565b825464ffffffff00191660089190911b64ffffffff0016178255565b614eab614e876040840161460f565b825468ffffffff0000000000191660289190911b68ffffffff000000000016178255565b614ee0614eba6060840161460f565b82546cffffffff000000000000000000191660489190911b63ffffffff60481b16178255565b614f13614eef6080840161460f565b82805463ffffffff60681b191660689290921b63ffffffff60681b16919091179055565b614f4e614f2260a08401614603565b82805467ffffffffffffffff60881b191660889290921b67ffffffffffffffff60881b16919091179055565b60c0820135600182015560028101614f6b614e3c60e0850161461b565b614f7b614e5c610100850161460f565b614fa9614f8b610120850161461b565b825465ff0000000000191660289190911b65ff000000000016178255565b614fdf614fb9610140850161460f565b825469ffffffff000000000000191660309190911b69ffffffff00000000000016178255565b61500d614fef610160850161461b565b82805460ff60501b191660509290921b60ff60501b16919091179055565b61504161501d610180850161460f565b82805463ffffffff60581b191660589290921b63ffffffff60581b16919091179055565b61506f6150516101a0850161461b565b82805460ff60781b191660789290921b60ff60781b16919091179055565b61507f6147316101c0850161460f565b61508f6147656101e0850161461b565b61371861509f610200850161460f565b82805463ffffffff60a81b191660a89290921b63ffffffff60a81b16919091179055565b634e487b7160e01b5f52601260045260245ffd5b5f826150e5576150e56150c3565b500490565b60ff8281168282160390811115611807576118076144fa565b5f5f8335601e19843603018112615118575f5ffd5b8301803591506001600160401b03821115615131575f5ffd5b6020019150600581901b36038213156128cb575f5ffd5b81810381811115611807576118076144fa565b818382375f9101908152919050565b8082028115828204841417611807576118076144fa565b6040810161518f8285613e0d565b6123106020830184613e0d565b63ffffffff8181168382160190811115611807576118076144fa565b5f60ff821660ff81036151cd576151cd6144fa565b60010192915050565b5f63ffffffff8316806151eb576151eb6150c3565b8063ffffffff84160491505092915050565b5f63ffffffff831680615212576152126150c3565b8063ffffffff84160691505092915050565b63ffffffff8181168382160290811690818114615243576152436144fa565b5092915050565b815160ff1681526102208101602083015161526d602084018263ffffffff169052565b506040830151615285604084018263ffffffff169052565b50606083015161529d606084018263ffffffff169052565b5060808301516152b5608084018263ffffffff169052565b5060a08301516152d060a08401826001600160401b03169052565b5060c083015160c083015260e08301516152ef60e084018260ff169052565b5061010083015161530961010084018263ffffffff169052565b5061012083015161532061012084018260ff169052565b5061014083015161533a61014084018263ffffffff169052565b5061016083015161535161016084018260ff169052565b5061018083015161536b61018084018263ffffffff169052565b506101a08301516153826101a084018260ff169052565b506101c083015161539c6101c084018263ffffffff169052565b506101e08301516153b36101e084018260ff169052565b5061020083015161524361020084018263ffffffff169052565b5f82518060208501845e5f920191825250919050565b634e487b7160e01b5f52603260045260245ffd5b6001600160401b038181168382160290811690818114615243576152436144fa565b61ffff8416815261026081016154326020830185614877565b6001600160401b038316610240830152949350505050565b5f6020828403121561545a575f5ffd5b81516123108161442c565b5f5f60408385031215615476575f5ffd5b825161548181614339565b6020840151909250613c5f81613c1d565b5f5f858511156154a0575f5ffd5b838611156154ac575f5ffd5b5050820193919092039150565b80356001600160e01b03198116906004841015615243576001600160e01b031960049490940360031b84901b169092169291505056fea26469706673582212203f40ae012d6e19594f0c9e43ff917ca7d0dee99fcdabb5a7ad61deeb1580bb8064736f6c63430008250033",
}

// PinpointGame is an auto generated Go binding around an Ethereum contract.
type PinpointGame struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *PinpointGame) GetABI() abi.ABI {
	return c.abi
}

// NewPinpointGame creates a new instance of PinpointGame.
func NewPinpointGame() *PinpointGame {
	parsed, err := PinpointGameMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &PinpointGame{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *PinpointGame) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(uint8 fanoutBits_, address kernels_, address judge_) returns()
func (pinpointGame *PinpointGame) PackConstructor(fanoutBits_ uint8, kernels_ common.Address, judge_ common.Address) []byte {
	enc, err := pinpointGame.abi.Pack("", fanoutBits_, kernels_, judge_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAcceptElement is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1d4b3916.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function acceptElement(uint256 id, uint32 mv) returns()
func (pinpointGame *PinpointGame) PackAcceptElement(id *big.Int, mv uint32) []byte {
	enc, err := pinpointGame.abi.Pack("acceptElement", id, mv)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAcceptElement is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1d4b3916.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function acceptElement(uint256 id, uint32 mv) returns()
func (pinpointGame *PinpointGame) TryPackAcceptElement(id *big.Int, mv uint32) ([]byte, error) {
	return pinpointGame.abi.Pack("acceptElement", id, mv)
}

// PackClientOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x50e3ccc0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function clientOf(uint256 id) view returns(address)
func (pinpointGame *PinpointGame) PackClientOf(id *big.Int) []byte {
	enc, err := pinpointGame.abi.Pack("clientOf", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClientOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x50e3ccc0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function clientOf(uint256 id) view returns(address)
func (pinpointGame *PinpointGame) TryPackClientOf(id *big.Int) ([]byte, error) {
	return pinpointGame.abi.Pack("clientOf", id)
}

// UnpackClientOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x50e3ccc0.
//
// Solidity: function clientOf(uint256 id) view returns(address)
func (pinpointGame *PinpointGame) UnpackClientOf(data []byte) (common.Address, error) {
	out, err := pinpointGame.abi.Unpack("clientOf", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackCommitGraph is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x25aa4dd0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commitGraph(uint256 id, uint32 mv, bytes32 prevState, bytes32[] prevProof, bytes32 root, bytes32[] frontier) returns()
func (pinpointGame *PinpointGame) PackCommitGraph(id *big.Int, mv uint32, prevState [32]byte, prevProof [][32]byte, root [32]byte, frontier [][32]byte) []byte {
	enc, err := pinpointGame.abi.Pack("commitGraph", id, mv, prevState, prevProof, root, frontier)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitGraph is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x25aa4dd0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commitGraph(uint256 id, uint32 mv, bytes32 prevState, bytes32[] prevProof, bytes32 root, bytes32[] frontier) returns()
func (pinpointGame *PinpointGame) TryPackCommitGraph(id *big.Int, mv uint32, prevState [32]byte, prevProof [][32]byte, root [32]byte, frontier [][32]byte) ([]byte, error) {
	return pinpointGame.abi.Pack("commitGraph", id, mv, prevState, prevProof, root, frontier)
}

// PackCommitSteps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x26b0cbb7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commitSteps(uint256 id, uint32 mv, bytes32 root, bytes32[] lastProof, bytes32[] frontier) returns()
func (pinpointGame *PinpointGame) PackCommitSteps(id *big.Int, mv uint32, root [32]byte, lastProof [][32]byte, frontier [][32]byte) []byte {
	enc, err := pinpointGame.abi.Pack("commitSteps", id, mv, root, lastProof, frontier)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitSteps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x26b0cbb7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commitSteps(uint256 id, uint32 mv, bytes32 root, bytes32[] lastProof, bytes32[] frontier) returns()
func (pinpointGame *PinpointGame) TryPackCommitSteps(id *big.Int, mv uint32, root [32]byte, lastProof [][32]byte, frontier [][32]byte) ([]byte, error) {
	return pinpointGame.abi.Pack("commitSteps", id, mv, root, lastProof, frontier)
}

// PackDefendAssembly is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcfd1167d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function defendAssembly(uint256 id, uint32 mv, (uint256,bytes32[],bytes32,bytes32[],bytes32,bytes32,bytes32[]) o) returns()
func (pinpointGame *PinpointGame) PackDefendAssembly(id *big.Int, mv uint32, o PinpointGameAssemblyOpening) []byte {
	enc, err := pinpointGame.abi.Pack("defendAssembly", id, mv, o)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDefendAssembly is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcfd1167d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function defendAssembly(uint256 id, uint32 mv, (uint256,bytes32[],bytes32,bytes32[],bytes32,bytes32,bytes32[]) o) returns()
func (pinpointGame *PinpointGame) TryPackDefendAssembly(id *big.Int, mv uint32, o PinpointGameAssemblyOpening) ([]byte, error) {
	return pinpointGame.abi.Pack("defendAssembly", id, mv, o)
}

// PackDefendStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5271fb93.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function defendStep(uint256 id, uint32 mv, (bytes32,bytes32[],bytes32,bytes32,bytes32[],bytes32,bytes32,bytes32[]) a, (bytes32,bytes32[],bytes32,bytes32,bytes32[],bytes32,bytes32,bytes32[]) b, (bytes32,bytes32[],bytes32,bytes32,bytes32[],bytes32,bytes32,bytes32[]) c) returns()
func (pinpointGame *PinpointGame) PackDefendStep(id *big.Int, mv uint32, a PinpointGameOpening, b PinpointGameOpening, c PinpointGameOpening) []byte {
	enc, err := pinpointGame.abi.Pack("defendStep", id, mv, a, b, c)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDefendStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5271fb93.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function defendStep(uint256 id, uint32 mv, (bytes32,bytes32[],bytes32,bytes32,bytes32[],bytes32,bytes32,bytes32[]) a, (bytes32,bytes32[],bytes32,bytes32,bytes32[],bytes32,bytes32,bytes32[]) b, (bytes32,bytes32[],bytes32,bytes32,bytes32[],bytes32,bytes32,bytes32[]) c) returns()
func (pinpointGame *PinpointGame) TryPackDefendStep(id *big.Int, mv uint32, a PinpointGameOpening, b PinpointGameOpening, c PinpointGameOpening) ([]byte, error) {
	return pinpointGame.abi.Pack("defendStep", id, mv, a, b, c)
}

// PackDisputeAssembly is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xecef6c56.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function disputeAssembly(uint256 id, uint32 mv) returns()
func (pinpointGame *PinpointGame) PackDisputeAssembly(id *big.Int, mv uint32) []byte {
	enc, err := pinpointGame.abi.Pack("disputeAssembly", id, mv)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDisputeAssembly is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xecef6c56.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function disputeAssembly(uint256 id, uint32 mv) returns()
func (pinpointGame *PinpointGame) TryPackDisputeAssembly(id *big.Int, mv uint32) ([]byte, error) {
	return pinpointGame.abi.Pack("disputeAssembly", id, mv)
}

// PackDisputeOperand is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5b4678a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function disputeOperand(uint256 id, uint32 mv, bytes operands, uint64 q, (bytes32,bytes32[],bytes32,bytes32,bytes32[],bytes32,bytes32,bytes32[]) o) returns()
func (pinpointGame *PinpointGame) PackDisputeOperand(id *big.Int, mv uint32, operands []byte, q uint64, o PinpointGameOpening) []byte {
	enc, err := pinpointGame.abi.Pack("disputeOperand", id, mv, operands, q, o)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDisputeOperand is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5b4678a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function disputeOperand(uint256 id, uint32 mv, bytes operands, uint64 q, (bytes32,bytes32[],bytes32,bytes32,bytes32[],bytes32,bytes32,bytes32[]) o) returns()
func (pinpointGame *PinpointGame) TryPackDisputeOperand(id *big.Int, mv uint32, operands []byte, q uint64, o PinpointGameOpening) ([]byte, error) {
	return pinpointGame.abi.Pack("disputeOperand", id, mv, operands, q, o)
}

// PackElementJudge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9d0da4d4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function elementJudge() view returns(address)
func (pinpointGame *PinpointGame) PackElementJudge() []byte {
	enc, err := pinpointGame.abi.Pack("elementJudge")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackElementJudge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9d0da4d4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function elementJudge() view returns(address)
func (pinpointGame *PinpointGame) TryPackElementJudge() ([]byte, error) {
	return pinpointGame.abi.Pack("elementJudge")
}

// UnpackElementJudge is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9d0da4d4.
//
// Solidity: function elementJudge() view returns(address)
func (pinpointGame *PinpointGame) UnpackElementJudge(data []byte) (common.Address, error) {
	out, err := pinpointGame.abi.Unpack("elementJudge", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackFanoutBits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9e2b991b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function fanoutBits() view returns(uint8)
func (pinpointGame *PinpointGame) PackFanoutBits() []byte {
	enc, err := pinpointGame.abi.Pack("fanoutBits")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFanoutBits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9e2b991b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function fanoutBits() view returns(uint8)
func (pinpointGame *PinpointGame) TryPackFanoutBits() ([]byte, error) {
	return pinpointGame.abi.Pack("fanoutBits")
}

// UnpackFanoutBits is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9e2b991b.
//
// Solidity: function fanoutBits() view returns(uint8)
func (pinpointGame *PinpointGame) UnpackFanoutBits(data []byte) (uint8, error) {
	out, err := pinpointGame.abi.Unpack("fanoutBits", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackForfeited is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd12448ea.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function forfeited(uint256 id) view returns(bool)
func (pinpointGame *PinpointGame) PackForfeited(id *big.Int) []byte {
	enc, err := pinpointGame.abi.Pack("forfeited", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackForfeited is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd12448ea.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function forfeited(uint256 id) view returns(bool)
func (pinpointGame *PinpointGame) TryPackForfeited(id *big.Int) ([]byte, error) {
	return pinpointGame.abi.Pack("forfeited", id)
}

// UnpackForfeited is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd12448ea.
//
// Solidity: function forfeited(uint256 id) view returns(bool)
func (pinpointGame *PinpointGame) UnpackForfeited(data []byte) (bool, error) {
	out, err := pinpointGame.abi.Unpack("forfeited", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackGameCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d1975b4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function gameCount() view returns(uint256)
func (pinpointGame *PinpointGame) PackGameCount() []byte {
	enc, err := pinpointGame.abi.Pack("gameCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGameCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d1975b4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function gameCount() view returns(uint256)
func (pinpointGame *PinpointGame) TryPackGameCount() ([]byte, error) {
	return pinpointGame.abi.Pack("gameCount")
}

// UnpackGameCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4d1975b4.
//
// Solidity: function gameCount() view returns(uint256)
func (pinpointGame *PinpointGame) UnpackGameCount(data []byte) (*big.Int, error) {
	out, err := pinpointGame.abi.Unpack("gameCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackKernels is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc6e60dd0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function kernels() view returns(address)
func (pinpointGame *PinpointGame) PackKernels() []byte {
	enc, err := pinpointGame.abi.Pack("kernels")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackKernels is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc6e60dd0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function kernels() view returns(address)
func (pinpointGame *PinpointGame) TryPackKernels() ([]byte, error) {
	return pinpointGame.abi.Pack("kernels")
}

// UnpackKernels is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc6e60dd0.
//
// Solidity: function kernels() view returns(address)
func (pinpointGame *PinpointGame) UnpackKernels(data []byte) (common.Address, error) {
	out, err := pinpointGame.abi.Unpack("kernels", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackNodeLeaf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeb4c848c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nodeLeaf((uint8,uint32,uint32,uint32,uint32,uint64,bytes32,uint8,uint32,uint8,uint32,uint8,uint32,uint8,uint32,uint8,uint32) d) pure returns(bytes32)
func (pinpointGame *PinpointGame) PackNodeLeaf(d PinpointShapesNode) []byte {
	enc, err := pinpointGame.abi.Pack("nodeLeaf", d)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNodeLeaf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeb4c848c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nodeLeaf((uint8,uint32,uint32,uint32,uint32,uint64,bytes32,uint8,uint32,uint8,uint32,uint8,uint32,uint8,uint32,uint8,uint32) d) pure returns(bytes32)
func (pinpointGame *PinpointGame) TryPackNodeLeaf(d PinpointShapesNode) ([]byte, error) {
	return pinpointGame.abi.Pack("nodeLeaf", d)
}

// UnpackNodeLeaf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xeb4c848c.
//
// Solidity: function nodeLeaf((uint8,uint32,uint32,uint32,uint32,uint64,bytes32,uint8,uint32,uint8,uint32,uint8,uint32,uint8,uint32,uint8,uint32) d) pure returns(bytes32)
func (pinpointGame *PinpointGame) UnpackNodeLeaf(data []byte) ([32]byte, error) {
	out, err := pinpointGame.abi.Unpack("nodeLeaf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackOpen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0bdfdaff.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function open((address,uint16,address,bytes32,bytes32,bytes32,bytes32,bytes32,uint64,uint64,uint32,uint8,uint64) s) returns(uint256 id)
func (pinpointGame *PinpointGame) PackOpen(s PinpointGameSetup) []byte {
	enc, err := pinpointGame.abi.Pack("open", s)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOpen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0bdfdaff.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function open((address,uint16,address,bytes32,bytes32,bytes32,bytes32,bytes32,uint64,uint64,uint32,uint8,uint64) s) returns(uint256 id)
func (pinpointGame *PinpointGame) TryPackOpen(s PinpointGameSetup) ([]byte, error) {
	return pinpointGame.abi.Pack("open", s)
}

// UnpackOpen is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0bdfdaff.
//
// Solidity: function open((address,uint16,address,bytes32,bytes32,bytes32,bytes32,bytes32,uint64,uint64,uint32,uint8,uint64) s) returns(uint256 id)
func (pinpointGame *PinpointGame) UnpackOpen(data []byte) (*big.Int, error) {
	out, err := pinpointGame.abi.Unpack("open", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOpenNode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7fc875f2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function openNode(uint256 id, uint32 mv, (uint8,uint32,uint32,uint32,uint32,uint64,bytes32,uint8,uint32,uint8,uint32,uint8,uint32,uint8,uint32,uint8,uint32) desc, bytes32[] descProof, bytes32 header, bytes32 dataRoot, bytes32[] frontier) returns()
func (pinpointGame *PinpointGame) PackOpenNode(id *big.Int, mv uint32, desc PinpointShapesNode, descProof [][32]byte, header [32]byte, dataRoot [32]byte, frontier [][32]byte) []byte {
	enc, err := pinpointGame.abi.Pack("openNode", id, mv, desc, descProof, header, dataRoot, frontier)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOpenNode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7fc875f2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function openNode(uint256 id, uint32 mv, (uint8,uint32,uint32,uint32,uint32,uint64,bytes32,uint8,uint32,uint8,uint32,uint8,uint32,uint8,uint32,uint8,uint32) desc, bytes32[] descProof, bytes32 header, bytes32 dataRoot, bytes32[] frontier) returns()
func (pinpointGame *PinpointGame) TryPackOpenNode(id *big.Int, mv uint32, desc PinpointShapesNode, descProof [][32]byte, header [32]byte, dataRoot [32]byte, frontier [][32]byte) ([]byte, error) {
	return pinpointGame.abi.Pack("openNode", id, mv, desc, descProof, header, dataRoot, frontier)
}

// PackOpenTrace is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcad1dcee.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function openTrace(uint256 id, uint32 mv, bytes32 root, bytes32 lastLeaf, bytes32[] lastProof, bytes32[] frontier) returns()
func (pinpointGame *PinpointGame) PackOpenTrace(id *big.Int, mv uint32, root [32]byte, lastLeaf [32]byte, lastProof [][32]byte, frontier [][32]byte) []byte {
	enc, err := pinpointGame.abi.Pack("openTrace", id, mv, root, lastLeaf, lastProof, frontier)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOpenTrace is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcad1dcee.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function openTrace(uint256 id, uint32 mv, bytes32 root, bytes32 lastLeaf, bytes32[] lastProof, bytes32[] frontier) returns()
func (pinpointGame *PinpointGame) TryPackOpenTrace(id *big.Int, mv uint32, root [32]byte, lastLeaf [32]byte, lastProof [][32]byte, frontier [][32]byte) ([]byte, error) {
	return pinpointGame.abi.Pack("openTrace", id, mv, root, lastLeaf, lastProof, frontier)
}

// PackPick is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcafb8a31.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pick(uint256 id, uint32 mv, bytes32 node, uint256 q, bytes32[] path, uint8 lane) returns()
func (pinpointGame *PinpointGame) PackPick(id *big.Int, mv uint32, node [32]byte, q *big.Int, path [][32]byte, lane uint8) []byte {
	enc, err := pinpointGame.abi.Pack("pick", id, mv, node, q, path, lane)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPick is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcafb8a31.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pick(uint256 id, uint32 mv, bytes32 node, uint256 q, bytes32[] path, uint8 lane) returns()
func (pinpointGame *PinpointGame) TryPackPick(id *big.Int, mv uint32, node [32]byte, q *big.Int, path [][32]byte, lane uint8) ([]byte, error) {
	return pinpointGame.abi.Pack("pick", id, mv, node, q, path, lane)
}

// PackProveElement is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x45b569f0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proveElement(uint256 id, uint32 mv, bytes operands, bytes proof) returns()
func (pinpointGame *PinpointGame) PackProveElement(id *big.Int, mv uint32, operands []byte, proof []byte) []byte {
	enc, err := pinpointGame.abi.Pack("proveElement", id, mv, operands, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProveElement is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x45b569f0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proveElement(uint256 id, uint32 mv, bytes operands, bytes proof) returns()
func (pinpointGame *PinpointGame) TryPackProveElement(id *big.Int, mv uint32, operands []byte, proof []byte) ([]byte, error) {
	return pinpointGame.abi.Pack("proveElement", id, mv, operands, proof)
}

// PackRefuteElement is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xac1c2b7d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function refuteElement(uint256 id, uint32 mv, uint32 value, bytes operands, bytes proof) returns()
func (pinpointGame *PinpointGame) PackRefuteElement(id *big.Int, mv uint32, value uint32, operands []byte, proof []byte) []byte {
	enc, err := pinpointGame.abi.Pack("refuteElement", id, mv, value, operands, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRefuteElement is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xac1c2b7d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function refuteElement(uint256 id, uint32 mv, uint32 value, bytes operands, bytes proof) returns()
func (pinpointGame *PinpointGame) TryPackRefuteElement(id *big.Int, mv uint32, value uint32, operands []byte, proof []byte) ([]byte, error) {
	return pinpointGame.abi.Pack("refuteElement", id, mv, value, operands, proof)
}

// PackResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3c594059.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function result(uint256 id) view returns(uint8)
func (pinpointGame *PinpointGame) PackResult(id *big.Int) []byte {
	enc, err := pinpointGame.abi.Pack("result", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3c594059.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function result(uint256 id) view returns(uint8)
func (pinpointGame *PinpointGame) TryPackResult(id *big.Int) ([]byte, error) {
	return pinpointGame.abi.Pack("result", id)
}

// UnpackResult is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3c594059.
//
// Solidity: function result(uint256 id) view returns(uint8)
func (pinpointGame *PinpointGame) UnpackResult(data []byte) (uint8, error) {
	out, err := pinpointGame.abi.Unpack("result", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackReveal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5df11015.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reveal(uint256 id, uint32 mv, bytes32[] frontier) returns()
func (pinpointGame *PinpointGame) PackReveal(id *big.Int, mv uint32, frontier [][32]byte) []byte {
	enc, err := pinpointGame.abi.Pack("reveal", id, mv, frontier)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReveal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5df11015.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reveal(uint256 id, uint32 mv, bytes32[] frontier) returns()
func (pinpointGame *PinpointGame) TryPackReveal(id *big.Int, mv uint32, frontier [][32]byte) ([]byte, error) {
	return pinpointGame.abi.Pack("reveal", id, mv, frontier)
}

// PackState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e4f49e6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function state(uint256 id) view returns((uint8,uint8,uint8,bool,uint32,uint64,uint8,uint64,uint32,uint64,uint64,uint64,uint64,uint64,bytes32) v)
func (pinpointGame *PinpointGame) PackState(id *big.Int) []byte {
	enc, err := pinpointGame.abi.Pack("state", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e4f49e6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function state(uint256 id) view returns((uint8,uint8,uint8,bool,uint32,uint64,uint8,uint64,uint32,uint64,uint64,uint64,uint64,uint64,bytes32) v)
func (pinpointGame *PinpointGame) TryPackState(id *big.Int) ([]byte, error) {
	return pinpointGame.abi.Pack("state", id)
}

// UnpackState is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3e4f49e6.
//
// Solidity: function state(uint256 id) view returns((uint8,uint8,uint8,bool,uint32,uint64,uint8,uint64,uint32,uint64,uint64,uint64,uint64,uint64,bytes32) v)
func (pinpointGame *PinpointGame) UnpackState(data []byte) (PinpointGameView, error) {
	out, err := pinpointGame.abi.Unpack("state", data)
	if err != nil {
		return *new(PinpointGameView), err
	}
	out0 := *abi.ConvertType(out[0], new(PinpointGameView)).(*PinpointGameView)
	return out0, nil
}

// PackTimeout is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x08148f7a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function timeout(uint256 id) returns()
func (pinpointGame *PinpointGame) PackTimeout(id *big.Int) []byte {
	enc, err := pinpointGame.abi.Pack("timeout", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTimeout is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x08148f7a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function timeout(uint256 id) returns()
func (pinpointGame *PinpointGame) TryPackTimeout(id *big.Int) ([]byte, error) {
	return pinpointGame.abi.Pack("timeout", id)
}

// PinpointGameMoved represents a Moved event raised by the PinpointGame contract.
type PinpointGameMoved struct {
	Id  *big.Int
	By  common.Address
	Raw *types.Log // Blockchain specific contextual infos
}

const PinpointGameMovedEventName = "Moved"

// ContractEventName returns the user-defined event name.
func (PinpointGameMoved) ContractEventName() string {
	return PinpointGameMovedEventName
}

// UnpackMovedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Moved(uint256 indexed id, address indexed by)
func (pinpointGame *PinpointGame) UnpackMovedEvent(log *types.Log) (*PinpointGameMoved, error) {
	event := "Moved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pinpointGame.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PinpointGameMoved)
	if len(log.Data) > 0 {
		if err := pinpointGame.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pinpointGame.abi.Events[event].Inputs {
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

// PinpointGameOpened represents a Opened event raised by the PinpointGame contract.
type PinpointGameOpened struct {
	Id         *big.Int
	Client     common.Address
	Solver     common.Address
	Challenger common.Address
	Raw        *types.Log // Blockchain specific contextual infos
}

const PinpointGameOpenedEventName = "Opened"

// ContractEventName returns the user-defined event name.
func (PinpointGameOpened) ContractEventName() string {
	return PinpointGameOpenedEventName
}

// UnpackOpenedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Opened(uint256 indexed id, address indexed client, address solver, address challenger)
func (pinpointGame *PinpointGame) UnpackOpenedEvent(log *types.Log) (*PinpointGameOpened, error) {
	event := "Opened"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pinpointGame.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PinpointGameOpened)
	if len(log.Data) > 0 {
		if err := pinpointGame.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pinpointGame.abi.Events[event].Inputs {
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

// PinpointGameResolved represents a Resolved event raised by the PinpointGame contract.
type PinpointGameResolved struct {
	Id     *big.Int
	Result uint8
	Raw    *types.Log // Blockchain specific contextual infos
}

const PinpointGameResolvedEventName = "Resolved"

// ContractEventName returns the user-defined event name.
func (PinpointGameResolved) ContractEventName() string {
	return PinpointGameResolvedEventName
}

// UnpackResolvedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Resolved(uint256 indexed id, uint8 result)
func (pinpointGame *PinpointGame) UnpackResolvedEvent(log *types.Log) (*PinpointGameResolved, error) {
	event := "Resolved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pinpointGame.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PinpointGameResolved)
	if len(log.Data) > 0 {
		if err := pinpointGame.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pinpointGame.abi.Events[event].Inputs {
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
func (pinpointGame *PinpointGame) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], pinpointGame.abi.Errors["BadFrontier"].ID.Bytes()[:4]) {
		return pinpointGame.UnpackBadFrontierError(raw[4:])
	}
	if bytes.Equal(raw[:4], pinpointGame.abi.Errors["BadFrontierSize"].ID.Bytes()[:4]) {
		return pinpointGame.UnpackBadFrontierSizeError(raw[4:])
	}
	if bytes.Equal(raw[:4], pinpointGame.abi.Errors["BadNode"].ID.Bytes()[:4]) {
		return pinpointGame.UnpackBadNodeError(raw[4:])
	}
	if bytes.Equal(raw[:4], pinpointGame.abi.Errors["BadPick"].ID.Bytes()[:4]) {
		return pinpointGame.UnpackBadPickError(raw[4:])
	}
	if bytes.Equal(raw[:4], pinpointGame.abi.Errors["BadProof"].ID.Bytes()[:4]) {
		return pinpointGame.UnpackBadProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], pinpointGame.abi.Errors["BadSetup"].ID.Bytes()[:4]) {
		return pinpointGame.UnpackBadSetupError(raw[4:])
	}
	if bytes.Equal(raw[:4], pinpointGame.abi.Errors["ClockExpired"].ID.Bytes()[:4]) {
		return pinpointGame.UnpackClockExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], pinpointGame.abi.Errors["ClockRunning"].ID.Bytes()[:4]) {
		return pinpointGame.UnpackClockRunningError(raw[4:])
	}
	if bytes.Equal(raw[:4], pinpointGame.abi.Errors["GameOver"].ID.Bytes()[:4]) {
		return pinpointGame.UnpackGameOverError(raw[4:])
	}
	if bytes.Equal(raw[:4], pinpointGame.abi.Errors["InvalidOp"].ID.Bytes()[:4]) {
		return pinpointGame.UnpackInvalidOpError(raw[4:])
	}
	if bytes.Equal(raw[:4], pinpointGame.abi.Errors["NoGame"].ID.Bytes()[:4]) {
		return pinpointGame.UnpackNoGameError(raw[4:])
	}
	if bytes.Equal(raw[:4], pinpointGame.abi.Errors["NotAtTrace"].ID.Bytes()[:4]) {
		return pinpointGame.UnpackNotAtTraceError(raw[4:])
	}
	if bytes.Equal(raw[:4], pinpointGame.abi.Errors["NotFirstPick"].ID.Bytes()[:4]) {
		return pinpointGame.UnpackNotFirstPickError(raw[4:])
	}
	if bytes.Equal(raw[:4], pinpointGame.abi.Errors["NotYourTurn"].ID.Bytes()[:4]) {
		return pinpointGame.UnpackNotYourTurnError(raw[4:])
	}
	if bytes.Equal(raw[:4], pinpointGame.abi.Errors["ProofIndexTooLarge"].ID.Bytes()[:4]) {
		return pinpointGame.UnpackProofIndexTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], pinpointGame.abi.Errors["WrongMoveNumber"].ID.Bytes()[:4]) {
		return pinpointGame.UnpackWrongMoveNumberError(raw[4:])
	}
	if bytes.Equal(raw[:4], pinpointGame.abi.Errors["WrongPhase"].ID.Bytes()[:4]) {
		return pinpointGame.UnpackWrongPhaseError(raw[4:])
	}
	if bytes.Equal(raw[:4], pinpointGame.abi.Errors["ZkDisabled"].ID.Bytes()[:4]) {
		return pinpointGame.UnpackZkDisabledError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// PinpointGameBadFrontier represents a BadFrontier error raised by the PinpointGame contract.
type PinpointGameBadFrontier struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadFrontier()
func PinpointGameBadFrontierErrorID() common.Hash {
	return common.HexToHash("0x808ff4807a5bbde53df620a582f66719d7887abdcc199d18e0d281c02055d2bd")
}

// UnpackBadFrontierError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadFrontier()
func (pinpointGame *PinpointGame) UnpackBadFrontierError(raw []byte) (*PinpointGameBadFrontier, error) {
	out := new(PinpointGameBadFrontier)
	if err := pinpointGame.abi.UnpackIntoInterface(out, "BadFrontier", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PinpointGameBadFrontierSize represents a BadFrontierSize error raised by the PinpointGame contract.
type PinpointGameBadFrontierSize struct {
	Size *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadFrontierSize(uint256 size)
func PinpointGameBadFrontierSizeErrorID() common.Hash {
	return common.HexToHash("0xda33ecc6f999025e37e15e57690ad72f06fe7e7fae89120fa70bb808eeb84b01")
}

// UnpackBadFrontierSizeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadFrontierSize(uint256 size)
func (pinpointGame *PinpointGame) UnpackBadFrontierSizeError(raw []byte) (*PinpointGameBadFrontierSize, error) {
	out := new(PinpointGameBadFrontierSize)
	if err := pinpointGame.abi.UnpackIntoInterface(out, "BadFrontierSize", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PinpointGameBadNode represents a BadNode error raised by the PinpointGame contract.
type PinpointGameBadNode struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadNode()
func PinpointGameBadNodeErrorID() common.Hash {
	return common.HexToHash("0x2dd818084cfaf7af476058511a91533575c2222c8aec61b38e6fa5e1338c7ce1")
}

// UnpackBadNodeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadNode()
func (pinpointGame *PinpointGame) UnpackBadNodeError(raw []byte) (*PinpointGameBadNode, error) {
	out := new(PinpointGameBadNode)
	if err := pinpointGame.abi.UnpackIntoInterface(out, "BadNode", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PinpointGameBadPick represents a BadPick error raised by the PinpointGame contract.
type PinpointGameBadPick struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadPick()
func PinpointGameBadPickErrorID() common.Hash {
	return common.HexToHash("0xa1c0ad5ea43883fb04c74548abc44fff0df6c051429d4b99b41068a3a7ecbe03")
}

// UnpackBadPickError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadPick()
func (pinpointGame *PinpointGame) UnpackBadPickError(raw []byte) (*PinpointGameBadPick, error) {
	out := new(PinpointGameBadPick)
	if err := pinpointGame.abi.UnpackIntoInterface(out, "BadPick", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PinpointGameBadProof represents a BadProof error raised by the PinpointGame contract.
type PinpointGameBadProof struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadProof()
func PinpointGameBadProofErrorID() common.Hash {
	return common.HexToHash("0x7ca55c774976027f27f73629387ed99a2044a8721aec39c3c2717944b08c423a")
}

// UnpackBadProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadProof()
func (pinpointGame *PinpointGame) UnpackBadProofError(raw []byte) (*PinpointGameBadProof, error) {
	out := new(PinpointGameBadProof)
	if err := pinpointGame.abi.UnpackIntoInterface(out, "BadProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PinpointGameBadSetup represents a BadSetup error raised by the PinpointGame contract.
type PinpointGameBadSetup struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadSetup()
func PinpointGameBadSetupErrorID() common.Hash {
	return common.HexToHash("0x01bc1c6a98fa0aaa3c3608bd17cd7f6c387a57b01385b73db125aa7bcc28fefe")
}

// UnpackBadSetupError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadSetup()
func (pinpointGame *PinpointGame) UnpackBadSetupError(raw []byte) (*PinpointGameBadSetup, error) {
	out := new(PinpointGameBadSetup)
	if err := pinpointGame.abi.UnpackIntoInterface(out, "BadSetup", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PinpointGameClockExpired represents a ClockExpired error raised by the PinpointGame contract.
type PinpointGameClockExpired struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClockExpired()
func PinpointGameClockExpiredErrorID() common.Hash {
	return common.HexToHash("0xa37b6ee4e69cc1b9a5bb3f2ab30547ddcf94dca6482e0f550f70c4719fb8b783")
}

// UnpackClockExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClockExpired()
func (pinpointGame *PinpointGame) UnpackClockExpiredError(raw []byte) (*PinpointGameClockExpired, error) {
	out := new(PinpointGameClockExpired)
	if err := pinpointGame.abi.UnpackIntoInterface(out, "ClockExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PinpointGameClockRunning represents a ClockRunning error raised by the PinpointGame contract.
type PinpointGameClockRunning struct {
	Deadline uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClockRunning(uint64 deadline)
func PinpointGameClockRunningErrorID() common.Hash {
	return common.HexToHash("0x03a5cac37238aa81aea19c8e46eab8a85e49ddc248deac94270281bef0eb18d8")
}

// UnpackClockRunningError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClockRunning(uint64 deadline)
func (pinpointGame *PinpointGame) UnpackClockRunningError(raw []byte) (*PinpointGameClockRunning, error) {
	out := new(PinpointGameClockRunning)
	if err := pinpointGame.abi.UnpackIntoInterface(out, "ClockRunning", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PinpointGameGameOver represents a GameOver error raised by the PinpointGame contract.
type PinpointGameGameOver struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GameOver(uint256 id)
func PinpointGameGameOverErrorID() common.Hash {
	return common.HexToHash("0x3496ed15a97ad1d154265bf94e0068b3b45bed65b26cb72ecc4e1b8a44d9b3d7")
}

// UnpackGameOverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GameOver(uint256 id)
func (pinpointGame *PinpointGame) UnpackGameOverError(raw []byte) (*PinpointGameGameOver, error) {
	out := new(PinpointGameGameOver)
	if err := pinpointGame.abi.UnpackIntoInterface(out, "GameOver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PinpointGameInvalidOp represents a InvalidOp error raised by the PinpointGame contract.
type PinpointGameInvalidOp struct {
	Op uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidOp(uint8 op)
func PinpointGameInvalidOpErrorID() common.Hash {
	return common.HexToHash("0xfa482afc1e5b73137e579b97199bc092b3571a531b0de9cab66375fa86a0abdc")
}

// UnpackInvalidOpError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidOp(uint8 op)
func (pinpointGame *PinpointGame) UnpackInvalidOpError(raw []byte) (*PinpointGameInvalidOp, error) {
	out := new(PinpointGameInvalidOp)
	if err := pinpointGame.abi.UnpackIntoInterface(out, "InvalidOp", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PinpointGameNoGame represents a NoGame error raised by the PinpointGame contract.
type PinpointGameNoGame struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoGame(uint256 id)
func PinpointGameNoGameErrorID() common.Hash {
	return common.HexToHash("0x65450a89bd7da0a4ae3710139d3bf576d2012bf50b271dfb2fe7a67aab46b0c3")
}

// UnpackNoGameError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoGame(uint256 id)
func (pinpointGame *PinpointGame) UnpackNoGameError(raw []byte) (*PinpointGameNoGame, error) {
	out := new(PinpointGameNoGame)
	if err := pinpointGame.abi.UnpackIntoInterface(out, "NoGame", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PinpointGameNotAtTrace represents a NotAtTrace error raised by the PinpointGame contract.
type PinpointGameNotAtTrace struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAtTrace()
func PinpointGameNotAtTraceErrorID() common.Hash {
	return common.HexToHash("0xf2d662f86f9e2dfae1253ff478b93519cb870fb10aa6ab8e03d7507e2cd57605")
}

// UnpackNotAtTraceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAtTrace()
func (pinpointGame *PinpointGame) UnpackNotAtTraceError(raw []byte) (*PinpointGameNotAtTrace, error) {
	out := new(PinpointGameNotAtTrace)
	if err := pinpointGame.abi.UnpackIntoInterface(out, "NotAtTrace", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PinpointGameNotFirstPick represents a NotFirstPick error raised by the PinpointGame contract.
type PinpointGameNotFirstPick struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotFirstPick()
func PinpointGameNotFirstPickErrorID() common.Hash {
	return common.HexToHash("0x53967383cf92406384856e94bef9fa55423d9deafad3abac017888a3ed92812c")
}

// UnpackNotFirstPickError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotFirstPick()
func (pinpointGame *PinpointGame) UnpackNotFirstPickError(raw []byte) (*PinpointGameNotFirstPick, error) {
	out := new(PinpointGameNotFirstPick)
	if err := pinpointGame.abi.UnpackIntoInterface(out, "NotFirstPick", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PinpointGameNotYourTurn represents a NotYourTurn error raised by the PinpointGame contract.
type PinpointGameNotYourTurn struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotYourTurn(address sender)
func PinpointGameNotYourTurnErrorID() common.Hash {
	return common.HexToHash("0x49f5ad115bca450f9fb5b0bba9a633e97a7851632b21616ca1d122654f5977c9")
}

// UnpackNotYourTurnError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotYourTurn(address sender)
func (pinpointGame *PinpointGame) UnpackNotYourTurnError(raw []byte) (*PinpointGameNotYourTurn, error) {
	out := new(PinpointGameNotYourTurn)
	if err := pinpointGame.abi.UnpackIntoInterface(out, "NotYourTurn", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PinpointGameProofIndexTooLarge represents a ProofIndexTooLarge error raised by the PinpointGame contract.
type PinpointGameProofIndexTooLarge struct {
	Index      *big.Int
	PathLength *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProofIndexTooLarge(uint256 index, uint256 pathLength)
func PinpointGameProofIndexTooLargeErrorID() common.Hash {
	return common.HexToHash("0x177e5bcb08cf89a768a67353bdbf94c7be8b9c5e1b10b3969d3a7cd1c4dd15c7")
}

// UnpackProofIndexTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProofIndexTooLarge(uint256 index, uint256 pathLength)
func (pinpointGame *PinpointGame) UnpackProofIndexTooLargeError(raw []byte) (*PinpointGameProofIndexTooLarge, error) {
	out := new(PinpointGameProofIndexTooLarge)
	if err := pinpointGame.abi.UnpackIntoInterface(out, "ProofIndexTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PinpointGameWrongMoveNumber represents a WrongMoveNumber error raised by the PinpointGame contract.
type PinpointGameWrongMoveNumber struct {
	Want uint32
	Got  uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongMoveNumber(uint32 want, uint32 got)
func PinpointGameWrongMoveNumberErrorID() common.Hash {
	return common.HexToHash("0x67c5cfd5b13fa4403d65800d1c4979c11b756ff6c6c1ecafc7265377ad0d1f83")
}

// UnpackWrongMoveNumberError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongMoveNumber(uint32 want, uint32 got)
func (pinpointGame *PinpointGame) UnpackWrongMoveNumberError(raw []byte) (*PinpointGameWrongMoveNumber, error) {
	out := new(PinpointGameWrongMoveNumber)
	if err := pinpointGame.abi.UnpackIntoInterface(out, "WrongMoveNumber", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PinpointGameWrongPhase represents a WrongPhase error raised by the PinpointGame contract.
type PinpointGameWrongPhase struct {
	Want uint8
	Have uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongPhase(uint8 want, uint8 have)
func PinpointGameWrongPhaseErrorID() common.Hash {
	return common.HexToHash("0x05fb5e1b963aa3381410680b6ad7f804e88d8644d03d33774a1152aa26dceb15")
}

// UnpackWrongPhaseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongPhase(uint8 want, uint8 have)
func (pinpointGame *PinpointGame) UnpackWrongPhaseError(raw []byte) (*PinpointGameWrongPhase, error) {
	out := new(PinpointGameWrongPhase)
	if err := pinpointGame.abi.UnpackIntoInterface(out, "WrongPhase", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PinpointGameZkDisabled represents a ZkDisabled error raised by the PinpointGame contract.
type PinpointGameZkDisabled struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZkDisabled()
func PinpointGameZkDisabledErrorID() common.Hash {
	return common.HexToHash("0xa2a34ef7f1cc65f4e0c024d2db2c39812c0d92e05eebbd74acc01709ace06938")
}

// UnpackZkDisabledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZkDisabled()
func (pinpointGame *PinpointGame) UnpackZkDisabledError(raw []byte) (*PinpointGameZkDisabled, error) {
	out := new(PinpointGameZkDisabled)
	if err := pinpointGame.abi.UnpackIntoInterface(out, "ZkDisabled", raw); err != nil {
		return nil, err
	}
	return out, nil
}
