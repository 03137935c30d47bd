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
}

// PinpointGameMetaData contains all meta data concerning the PinpointGame contract.
var PinpointGameMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"fanoutBits_\",\"type\":\"uint8\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"BadFrontier\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"}],\"name\":\"BadFrontierSize\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadNode\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadPick\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadProof\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadSetup\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ClockExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"ClockRunning\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"GameOver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"op\",\"type\":\"uint8\"}],\"name\":\"InvalidOp\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"NoGame\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotFirstPick\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"NotYourTurn\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pathLength\",\"type\":\"uint256\"}],\"name\":\"ProofIndexTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"step\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"length\",\"type\":\"uint64\"}],\"name\":\"StepOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"kernel\",\"type\":\"uint8\"}],\"name\":\"UnknownKernel\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"want\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"got\",\"type\":\"uint32\"}],\"name\":\"WrongMoveNumber\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumPinpointGame.Phase\",\"name\":\"want\",\"type\":\"uint8\"},{\"internalType\":\"enumPinpointGame.Phase\",\"name\":\"have\",\"type\":\"uint8\"}],\"name\":\"WrongPhase\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZkDisabled\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"judge\",\"type\":\"address\"}],\"name\":\"ElementJudgeSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"opsDigest\",\"type\":\"bytes32\"}],\"name\":\"ElementProved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"client\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"}],\"name\":\"Opened\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"enumPinpointGame.Result\",\"name\":\"result\",\"type\":\"uint8\"}],\"name\":\"Resolved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"enumPinpointGame.Level\",\"name\":\"level\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"idx\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"rem\",\"type\":\"uint8\"}],\"name\":\"Revealed\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"mv\",\"type\":\"uint32\"}],\"name\":\"acceptElement\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"clientOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"mv\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"prevState\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"prevProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"frontier\",\"type\":\"bytes32[]\"}],\"name\":\"commitGraph\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"mv\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"lastProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"frontier\",\"type\":\"bytes32[]\"}],\"name\":\"commitSteps\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"mv\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"mapLeaf\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"mapProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"src\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"srcProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"batchRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"nextMeta\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"batchProof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structPinpointGame.AssemblyOpening\",\"name\":\"o\",\"type\":\"tuple\"}],\"name\":\"defendAssembly\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"mv\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"src\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"srcProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"batchRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"nextMeta\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"batchProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"header\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataLeaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"dataProof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structPinpointGame.Opening\",\"name\":\"a\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"src\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"srcProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"batchRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"nextMeta\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"batchProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"header\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataLeaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"dataProof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structPinpointGame.Opening\",\"name\":\"b\",\"type\":\"tuple\"}],\"name\":\"defendStep\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"mv\",\"type\":\"uint32\"}],\"name\":\"disputeAssembly\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"mv\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"operands\",\"type\":\"bytes\"},{\"internalType\":\"uint64\",\"name\":\"q\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"src\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"srcProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"batchRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"nextMeta\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"batchProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"header\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataLeaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"dataProof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structPinpointGame.Opening\",\"name\":\"o\",\"type\":\"tuple\"}],\"name\":\"disputeOperand\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"elementJudge\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"fanoutBits\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"gameCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"kernel\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"p0\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"p1\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"p2\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"p3\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"numel\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"outHeader\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"src0Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src0Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src1Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src1Index\",\"type\":\"uint32\"}],\"internalType\":\"structPinpointShapes.Node\",\"name\":\"d\",\"type\":\"tuple\"}],\"name\":\"nodeLeaf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"nodesRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateMapRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"agreed\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"disputed\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"firstStep\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"segLen\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"numNodes\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"stateDepth\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"clock\",\"type\":\"uint64\"}],\"internalType\":\"structPinpointGame.Setup\",\"name\":\"s\",\"type\":\"tuple\"}],\"name\":\"open\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"mv\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"kernel\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"p0\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"p1\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"p2\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"p3\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"numel\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"outHeader\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"src0Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src0Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src1Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src1Index\",\"type\":\"uint32\"}],\"internalType\":\"structPinpointShapes.Node\",\"name\":\"desc\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"descProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"header\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"frontier\",\"type\":\"bytes32[]\"}],\"name\":\"openNode\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"mv\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"lastLeaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"lastProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"frontier\",\"type\":\"bytes32[]\"}],\"name\":\"openTrace\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"mv\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"node\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"q\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"path\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint8\",\"name\":\"lane\",\"type\":\"uint8\"}],\"name\":\"pick\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"mv\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"operands\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"proveElement\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"result\",\"outputs\":[{\"internalType\":\"enumPinpointGame.Result\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"mv\",\"type\":\"uint32\"},{\"internalType\":\"bytes32[]\",\"name\":\"frontier\",\"type\":\"bytes32[]\"}],\"name\":\"reveal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"judge\",\"type\":\"address\"}],\"name\":\"setElementJudge\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"state\",\"outputs\":[{\"components\":[{\"internalType\":\"enumPinpointGame.Phase\",\"name\":\"phase\",\"type\":\"uint8\"},{\"internalType\":\"enumPinpointGame.Level\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"enumPinpointGame.Result\",\"name\":\"result\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"solverTurn\",\"type\":\"bool\"},{\"internalType\":\"uint32\",\"name\":\"moves\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"idx\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"rem\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"step\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"node\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"element\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"traceLen\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"clockSolver\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"clockChallenger\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lastMove\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"cur\",\"type\":\"bytes32\"}],\"internalType\":\"structPinpointGame.View\",\"name\":\"v\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"kernel\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"p0\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"p1\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"p2\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"p3\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"numel\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"outHeader\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"src0Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src0Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src1Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src1Index\",\"type\":\"uint32\"}],\"internalType\":\"structPinpointShapes.Node\",\"name\":\"d\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"e\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"i\",\"type\":\"uint64\"}],\"name\":\"stepShape\",\"outputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"op\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"kindA\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"kindB\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"slotA\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"slotB\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"payA\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"payB\",\"type\":\"uint32\"}],\"internalType\":\"structPinpointShapes.Shape\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"timeout\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"kernel\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"p0\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"p1\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"p2\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"p3\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"numel\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"outHeader\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"src0Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src0Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src1Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src1Index\",\"type\":\"uint32\"}],\"internalType\":\"structPinpointShapes.Node\",\"name\":\"d\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"e\",\"type\":\"uint64\"}],\"name\":\"traceLength\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "PinpointGame",
	Bin: "0x60c060405234801561000f575f5ffd5b50604051615a6e380380615a6e83398101604081905261002e9161006d565b60ff81161580610041575060088160ff16115b1561005e5760405162de0e3560e11b815260040160405180910390fd5b60ff166080523360a052610094565b5f6020828403121561007d575f5ffd5b815160ff8116811461008d575f5ffd5b9392505050565b60805160a05161599d6100d15f395f6112a301525f81816102d1015281816111030152818161113401528181611c3a0152611c6b015261599d5ff3fe608060405234801561000f575f5ffd5b5060043610610153575f3560e01c80639d0da4d4116100bf578063cf77304d11610079578063cf77304d14610351578063cfd1167d14610364578063d5b4678a14610377578063e6ba75651461038a578063ecef6c561461039d578063f8048179146103b0575f5ffd5b80639d0da4d4146102b95780639e2b991b146102cc578063c4ffbcb214610305578063c7b5c95d14610318578063cad1dcee1461032b578063cafb8a311461033e575f5ffd5b80633ec6f6dd116101105780633ec6f6dd1461020757806345b569f0146102275780634d1975b41461023a57806350e3ccc0146102505780635df110151461029357806392a03bd4146102a6575f5ffd5b806308148f7a146101575780631d4b39161461016c57806325aa4dd01461017f57806326b0cbb7146101925780633c594059146101a55780633e4f49e6146101e7575b5f5ffd5b61016a6101653660046144a1565b6103db565b005b61016a61017a3660046144d7565b6104b5565b61016a61018d366004614545565b6104d6565b61016a6101a03660046145e0565b6105d0565b6101d16101b33660046144a1565b5f90815260016020526040902060080154600160b01b900460ff1690565b6040516101de919061469a565b60405180910390f35b6101fa6101f53660046144a1565b610688565b6040516101de91906146c8565b61021a610215366004614868565b610857565b6040516101de91906148b2565b61016a610235366004614967565b610882565b6102425f5481565b6040519081526020016101de565b61027b61025e3660046144a1565b5f908152600160205260409020600801546001600160a01b031690565b6040516001600160a01b0390911681526020016101de565b61016a6102a13660046149f0565b610a6a565b61016a6102b4366004614a47565b610a8e565b60025461027b906001600160a01b031681565b6102f37f000000000000000000000000000000000000000000000000000000000000000081565b60405160ff90911681526020016101de565b61016a610313366004614b0b565b610c00565b610242610326366004614b89565b610d8e565b61016a610339366004614ba3565b611007565b61016a61034c366004614c37565b6110e7565b61016a61035f366004614ccb565b611298565b61016a610372366004614ce6565b61135d565b61016a610385366004614d35565b611595565b610242610398366004614dc9565b611668565b61016a6103ab3660046144d7565b611681565b6103c36103be366004614de4565b61175c565b6040516001600160401b0390911681526020016101de565b5f6103e582611775565b60088101549091505f90600160b81b900460ff16610417576009820154600160801b90046001600160401b031661042d565b6009820154600160401b90046001600160401b03165b60098301549091505f9061044b9083906001600160401b0316614e25565b9050806001600160401b03164211610486576040516303a5cac360e01b81526001600160401b03821660048201526024015b60405180910390fd5b6104af84848560080160179054906101000a900460ff166104a857600161180b565b600261180b565b50505050565b5f6104c383835f600a61188b565b90506104d18382600161180b565b505050565b5f6104e589896001600461188b565b60078101549091505f906105139061050e90600160401b90046001600160401b03166001614e44565b611b47565b905060ff8116861415806105615750600d820154600b83015461055e908a9061054e90600190600160481b90046001600160401b0316614e57565b6001600160401b03168a8a611b6a565b14155b1561057f57604051637ca55c7760e01b815260040160405180910390fd5b600e82018890556010820185905560078201546105b890839060019088906105b390600160801b900463ffffffff16611b47565b611bba565b6105c48a838686611c2f565b50505050505050505050565b5f6105de888860018061188b565b60078101549091505f906106079061050e90600160401b90046001600160401b03166001614e44565b905060ff811685141580610640575060068201546007830154889161063d91600160401b90046001600160401b03168989611b6a565b14155b1561065e57604051637ca55c7760e01b815260040160405180910390fd5b600d8201879055610671825f8984611bba565b61067d89838686611c2f565b505050505050505050565b610703604080516101e08101909152805f81526020015f81526020015f81525f6020820181905260408201819052606082018190526080820181905260a0820181905260c0820181905260e0820181905261010082018190526101208201819052610140820181905261016082018190526101809091015290565b5f828152600160205260409081902081516101e0810190925260088101549091908190600160a01b900460ff16600a81111561074157610741614672565b81526020018260080160159054906101000a900460ff16600481111561076957610769614672565b81526020018260080160169054906101000a900460ff16600281111561079157610791614672565b8152600883015460ff600160b81b820481161515602084015263ffffffff600160c01b90920482166040840152600b8501546001600160401b038082166060860152600160401b8083049093166080860152600160481b8204811660a0860152600160881b820490931660c0850152600160a81b9004821660e0840152600c850154821661010084015260098501549081048216610120840152600160801b8104821661014084015216610160820152600a909201546101809092019190915292915050565b61085f614466565b61087861087136869003860186614ebf565b8484611d8c565b90505b9392505050565b5f86815260016020526040812060080154600160a01b900460ff1690600682600a8111156108b2576108b2614672565b1480610920575060045f89815260016020526040902060080154600160a81b900460ff1660048111156108e7576108e7614672565b1480156109205750600282600a81111561090357610903614672565b14806109205750600782600a81111561091e5761091e614672565b145b90505f61093c898960018561093657600661188b565b8661188b565b6002549091506001600160a01b0316806109695760405163a2a34ef760e01b815260040160405180910390fd5b6013820154600c830154604051631955dae160e01b81525f926001600160a01b03851692631955dae1926109c79260ff811692600160281b90910463ffffffff90811692600160401b90920416908f908f908f908f90600401614fbd565b602060405180830381865afa1580156109e2573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610a069190615004565b6016840181905560088401805463ff0000ff60a01b1916600560a11b1790556040518181529091508b907fe973d8e2949a57708353f92f4235b0e74244d51a035b72c42bea554b3bb544c09060200160405180910390a25050505050505050505050565b5f610a7985856001600261188b565b9050610a8785828585611c2f565b5050505050565b5f610a9d8a8a6001600561188b565b6007810154909150610abb90600160801b900463ffffffff16611b47565b60ff168614610add57604051637ca55c7760e01b815260040160405180910390fd5b6002810154610b15610afc610af7368c90038c018c614ebf565b611fb6565b600b840154600160881b900463ffffffff168a8a611b6a565b14610b3357604051637ca55c7760e01b815260040160405180910390fd5b610b4a610b45368a90038a018a614ebf565b612022565b610b67576040516305bb030160e31b815260040160405180910390fd5b8760c0013585141580610b8757508060110154610b8486866121c1565b14155b15610ba557604051637ca55c7760e01b815260040160405180910390fd5b8760138201610bb4828261503f565b905050610bf4816003866105b360088d60a0016020810190610bd691906151f4565b610bea906001600160401b03166007614e44565b61050e9190615223565b6105c48a828585611c2f565b5f610c0f85856001600761188b565b6040805161016081018252601383015460ff808216835261010080830463ffffffff9081166020860152600160281b808504821696860196909652600160481b840481166060860152600160681b840481166080860152600160881b9093046001600160401b0390811660a0860152601487015460c0860152601587015480841660e0870152828104851692860192909252948104909116610120840152600160301b900416610140820152600b8301549293505f92610cd992600160a81b820481169116611d8c565b600a8301549091505f610ceb826121cc565b905081610cf884836121d8565b14610d1257610d098885600261180b565b505050506104af565b5f610d2c85856020015186606001518760a001518b61226b565b90505f610d4886866040015187608001518860c001518b61226b565b90505f610d59865f015184846123e7565b9050610d818b888663ffffffff168463ffffffff1614610d7a57600261180b565b600161180b565b5050505050505050505050565b5f80610d9d6020840184614ccb565b6001600160a01b03161480610dc957505f610dbe6040840160208501614ccb565b6001600160a01b0316145b80610e005750610ddf6040830160208401614ccb565b6001600160a01b0316610df56020840184614ccb565b6001600160a01b0316145b80610e235750610e18610120830161010084016151f4565b6001600160401b0316155b80610e435750610e3b61014083016101208401615236565b63ffffffff16155b80610e665750610e5b610180830161016084016151f4565b6001600160401b0316155b80610e835750610e7e61016083016101408401615251565b60ff16155b15610ea05760405162de0e3560e11b815260040160405180910390fd5b5f5f8154610ead9061526c565b91829055505f8181526001602052604090209091508281610ece82826152b0565b50506008810180546001600160a81b0319163360ff60a01b191617600160a01b1760ff60b81b1916600160b81b1790556009810180546001600160401b03421667ffffffffffffffff19909116179055610f30610180840161016085016151f4565b6009820180546001600160401b0392909216600160401b0267ffffffffffffffff60401b19909216919091179055610f70610180840161016085016151f4565b6009820180546001600160401b0392909216600160801b0267ffffffffffffffff60801b1990921691909117905533827f58a5aab4fa01bfbdc74f179a01ed419cff11397eaff73344aec9e87349af962c610fce6020870187614ccb565b610fde6040880160208901614ccb565b604080516001600160a01b0393841681529290911660208301520160405180910390a350919050565b5f61101689896001600661188b565b600c8101549091505f90611032906001600160401b0316611b47565b905060ff8116851415806110765750600c8201548890611073908990611063906001906001600160401b0316614e57565b6001600160401b03168989611b6a565b14155b1561109457604051637ca55c7760e01b815260040160405180910390fd5b600c820154600160401b900463ffffffff166110af886121cc565b63ffffffff16146110d357604051637ca55c7760e01b815260040160405180910390fd5b601282018890556105b88260048a84611bba565b5f6110f588885f600361188b565b600b8101549091505f9060ff7f00000000000000000000000000000000000000000000000000000000000000008116600160401b9092041610611158577f0000000000000000000000000000000000000000000000000000000000000000611168565b600b820154600160401b900460ff165b905060ff811684141580611181575060ff811686901c15155b1561119f576040516350e056af60e11b815260040160405180910390fd5b81600a01546111ca888888888660ff1688600b0160089054906101000a900460ff1660ff16146124fa565b146111e8576040516350e056af60e11b815260040160405180910390fd5b600a8201879055600b8201805467ffffffffffffffff1981166001600160401b0391821660ff8581169190911b8a1790921617808355839291600891611237918591600160401b900416615418565b82546101009290920a60ff818102199093169183160217909155600b840154600160401b9004161590506112845750600801805463ff0000ff60a01b19166280000160a11b17905561128f565b61067d898385612582565b50505050505050565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161415806112da57506002546001600160a01b031615155b806112ec57506001600160a01b038116155b156113095760405162de0e3560e11b815260040160405180910390fd5b600280546001600160a01b0319166001600160a01b0383169081179091556040519081527f3542cab5fa1291bfba41d5555c44bbf9d6573fd6ec1ce69034e3fc7e03135ceb9060200160405180910390a150565b5f61136c84846001600861188b565b600b8101549091506001600160401b03165f8181036113b0576113a583608086013560a08701356113a060c0890189615431565b6129ba565b5060a0830135611576565b6007830154600160a01b900460ff166113cc6020860186615431565b9050146113ec57604051637ca55c7760e01b815260040160405180910390fd5b600383015461141285356001600160401b03851661140d6020890189615431565b611b6a565b1461143057604051637ca55c7760e01b815260040160405180910390fd5b83355f036114bb576007830154600160a01b900460ff166114546060860186615431565b90501461147457604051637ca55c7760e01b815260040160405180910390fd5b600e83015461149860408601356001600160401b03851661140d6060890189615431565b146114b657604051637ca55c7760e01b815260040160405180910390fd5b61156f565b5f6114c860018635615476565b6007850154909150600160801b900463ffffffff16811015806115165750600784015461150190600160801b900463ffffffff16611b47565b60ff166115116060870187615431565b905014155b1561153457604051637ca55c7760e01b815260040160405180910390fd5b601084015461154f60408701358361140d60608a018a615431565b1461156d57604051637ca55c7760e01b815260040160405180910390fd5b505b5060408301355b61158d868485600a01548414610d7a57600261180b565b505050505050565b5f6115a387875f600a61188b565b9050806016015485856040516115ba929190615489565b60405180910390201415806115e25750836115df6001600160401b0385166004615498565b10155b1561160057604051637ca55c7760e01b815260040160405180910390fd5b5f5f61160c8386612a2b565b915091506116248787876001600160401b0316612bb6565b63ffffffff1661163884600185858961226b565b63ffffffff160361165c57604051637ca55c7760e01b815260040160405180910390fd5b61067d8984600261180b565b5f61167b610af736849003840184614ebf565b92915050565b5f61168f83835f600361188b565b905060016008820154600160a81b900460ff1660048111156116b3576116b3614672565b1415806116cc5750600b8101546001600160401b031615155b80611703575060078101546116ed90600160801b900463ffffffff16611b47565b600b820154600160401b900460ff908116911614155b1561172157604051635396738360e01b815260040160405180910390fd5b600f810154600782015461174491839160029190600160a01b900460ff16611bba565b600801805460ff60b81b1916600160b81b1790555050565b5f61087b61176f36859003850185614ebf565b83612bfc565b5f818152600160205260408120906008820154600160a01b900460ff16600a8111156117a3576117a3614672565b036117c4576040516365450a8960e01b81526004810183905260240161047d565b5f6008820154600160b01b900460ff1660028111156117e5576117e5614672565b1461180657604051633496ed1560e01b81526004810183905260240161047d565b919050565b60088201805482919060ff60b01b1916600160b01b83600281111561183257611832614672565b021790555060088201805460ff60a01b1916600960a01b17905560405183907f8a1c7850cb95b6648c597d19ad5a66ce32698f83f344546e66f4229ce5dacff99061187e90849061469a565b60405180910390a2505050565b5f61189585611775565b600881015490915063ffffffff858116600160c01b90920416146118e95760088101546040516367c5cfd560e01b8152600160c01b90910463ffffffff90811660048301528516602482015260440161047d565b600881015460ff600160b81b90910416151583151514158061194057508261191e5760018101546001600160a01b031661192a565b80546001600160a01b03165b6001600160a01b0316336001600160a01b031614155b15611960576040516349f5ad1160e01b815233600482015260240161047d565b81600a81111561197257611972614672565b6008820154600160a01b900460ff16600a81111561199257611992614672565b146119c557818160080160149054906101000a900460ff166040516305fb5e1b60e01b815260040161047d9291906154af565b60098101545f906119df906001600160401b031642614e57565b90508315611a6f5760098201546001600160401b03600160401b90910481169082161115611a20576040516328dedbb960e21b815260040160405180910390fd5b808260090160088282829054906101000a90046001600160401b0316611a469190614e57565b92506101000a8154816001600160401b0302191690836001600160401b03160217905550611af3565b60098201546001600160401b03600160801b90910481169082161115611aa8576040516328dedbb960e21b815260040160405180910390fd5b808260090160108282829054906101000a90046001600160401b0316611ace9190614e57565b92506101000a8154816001600160401b0302191690836001600160401b031602179055505b60098201805467ffffffffffffffff1916426001600160401b0316179055611b1c8560016154ca565b8260080160186101000a81548163ffffffff021916908363ffffffff16021790555050949350505050565b5f5b818160ff166001901b10156118065780611b62816154e6565b915050611b49565b5f61010082108015611b7d575083821c15155b15611ba55760405163177e5bcb60e01b8152600481018590526024810183905260440161047d565b611bb185858585612d18565b95945050505050565b60088401805484919060ff60a81b1916600160a81b836004811115611be157611be1614672565b0217905550600a8401829055600b8401805468ffffffffffffffffff1916600160401b60ff8416021790556008840180546002919060ff60a01b1916600160a01b835b021790555050505050565b600b8301545f9060ff7f00000000000000000000000000000000000000000000000000000000000000008116600160401b9092041610611c8f577f0000000000000000000000000000000000000000000000000000000000000000611c9f565b600b840154600160401b900460ff165b9050600160ff82161b8214611cc7576040516301011fe960e71b815260040160405180910390fd5b600a840154600b850154611ced908590859060ff868116600160401b9092041614612dbe565b14611d0b576040516301011fe960e71b815260040160405180910390fd5b600884018054600360a01b63ff0000ff60a01b199091161790819055600b85015460405187927fabee462a101e928858f3217679f46322b07c5121571792b957c25b03c18f583c92611d7d9260ff600160a81b9093048316926001600160401b03831692600160401b90041690615504565b60405180910390a25050505050565b611d94614466565b5f611d9f8585612bfc565b9050806001600160401b0316836001600160401b031610611de657604051631613821360e01b81526001600160401b0380851660048301528216602482015260440161047d565b84515f611df282612f7a565b90508015611e3a57611e30611e146001600160401b038716600884901c614e44565b5f5f896001600160401b03168b6040015163ffffffff16612fbe565b935050505061087b565b5f1960ff831601611e5057611e30878787613024565b60011960ff831601611eb057611e306001600160281b63ffffffff891617611eab60018b6040015163ffffffff168b611e899190615532565b6001600160401b0316602082901b63ffffffff821617600160281b1792915050565b613194565b60ff821660091480611ec5575060ff8216600a145b15611ee757611e3087876001600160401b0316876001600160401b0316613203565b600a1960ff831601611f3057611e306001611f0b876001600160401b03165f613644565b611eab5f8a8c6040015163ffffffff168b611f26919061555f565b611e899190614e25565b866020015163ffffffff16856001600160401b03161015611f7557611e306001611f63876001600160401b03165f613644565b600160281b63ffffffff891617613194565b611fab6004611f8d876001600160401b03165f613644565b611fa08a6020015163ffffffff16613667565b63ffffffff16613194565b979650505050505050565b5f600282604051602001611fca9190615581565b60408051601f1981840301815290829052611fe491615671565b602060405180830381855afa158015611fff573d5f5f3e3d5ffd5b5050506040513d601f19601f8201168201806040525081019061167b9190615004565b60a08101515f906001600160401b031663ffffffff81158061204357508082115b1561205157505f9392505050565b83516020850151604086015163ffffffff91821691165f1960ff8416016120ab576002876080015163ffffffff1611158015611fab575084876060015163ffffffff168361209f9190615498565b14979650505050505050565b60011960ff8416016120cc578015801590611fab57508461209f8284615498565b6120d583612f7a565b156120e65750909214949350505050565b60ff8316600914806120fb575060ff8316600a145b1561216e57801580159061212a5750601d61211c6011640100000000615476565b6121269190615223565b8111155b801561213f57508361213c8284615498565b11155b8015611fab57508460ff84166009146121615761215c8284615498565b61209f565b8214979650505050505050565b600a1960ff84160161219a57836121858284615498565b11158015611fab575090931495945050505050565b600b1960ff8416016121b55750506001909214949350505050565b505f9695505050505050565b5f61087b838361368c565b5f61167b8260106136c5565b5f5f60606121e5846136f3565b63ffffffff16901b60806121fc8660c001516136f3565b63ffffffff16901b60a06122138760a001516136f3565b63ffffffff16901b60d8876080015160ff16901b60e0886060015160ff16901b60e8896040015160ff16901b60f08a6020015160ff16901b60f88b5f015160ff16901b171717171717179050805f1b91505092915050565b5f60ff851661227b575081611bb1565b60021960ff86160161228e57505f611bb1565b60011960ff86160161234e57600b8601546001600160401b031663ffffffff84161015806122e35750600c8601546122ce906001600160401b0316611b47565b60ff166122de6020840184615431565b905014155b1561230157604051637ca55c7760e01b815260040160405180910390fd5b601286015461231f833563ffffffff861661140d6020870187615431565b1461233d57604051637ca55c7760e01b815260040160405180910390fd5b61234782356121cc565b9050611bb1565b5f61235a878685613733565b90505f61238360c0850135612370600888615687565b63ffffffff1661140d60e0880188615431565b9050816123948560a00135836121c1565b146123b257604051637ca55c7760e01b815260040160405180910390fd5b6123db60c08501356123c56008886156ae565b6123d09060046156d5565b63ffffffff166136c5565b98975050505050505050565b5f5f1960ff851601612404576123fd8383613923565b905061087b565b60021960ff85160161241a576123fd8383613b0e565b60011960ff851601612430576123fd8383613c10565b60051960ff851601612446576123fd8383613c21565b60031960ff85160161245c576123fd8383613c77565b60071960ff851601612472576123fd8383613dcc565b60061960ff851601612488576123fd8383613e18565b60041960ff85160161249d576123fd83613e67565b60081960ff8516016124b2576123fd83613f14565b60091960ff8516016124c7576123fd83613fa5565b600a1960ff8516016124dc576123fd8361400e565b604051633e920abf60e21b815260ff8516600482015260240161047d565b5f811561250d5761234786868686612d18565b50845f5b8381101561257857600186821c81161461254c576125478286868481811061253b5761253b6156f4565b9050602002013561406a565b61256e565b61256e858583818110612561576125616156f4565b905060200201358361406a565b9150600101612511565b5095945050505050565b600882018054600160b81b60ff60b81b19821617909155600160a81b900460ff165f8160048111156125b6576125b6614672565b0361267657600b8301546001600160401b03165f8190036125ee57610a878585865f016005015487600a015414610d7a57600261180b565b60078401546001600160401b03600160401b9091048116908216111561261d57610a87858586600a0154614090565b600b8401805470ffffffffffffffff0000000000000000001916600160481b6001600160401b03841602179055600a840154600f8501556008840180546004919060ff60a01b1916600160a01b830217905550506104af565b600181600481111561268a5761268a614672565b03612714576007830154600b840154600160801b90910463ffffffff166001600160401b03909116106126c6576104af848485600a0154614090565b600b8301805463ffffffff8116600160881b0263ffffffff60881b19909116179055600a83015460118401556008830180546005919060ff60a01b1916600160a01b835b02179055506104af565b600281600481111561272857612728614672565b03612746576008838101805460ff60a01b1916600160a01b8361270a565b600381600481111561275a5761275a614672565b036129735760088260ff1610612783576040516350e056af60e11b815260040160405180910390fd5b600b8301545f9060ff8416906127a3906001600160401b0316600861555f565b6127ad9190614e25565b90505f6127cd85600a01548560ff1660046127c89190615498565b6136c5565b600b8601805467ffffffffffffffff60a81b1916600160a81b6001600160401b0386811691820292909217909255600c880180546bffffffff00000000000000001916600160401b63ffffffff8616021790556013880154929350600160881b909204909116116128505761158d868663ffffffff841615610d7a57600261180b565b6040805161016081018252601387015460ff808216835261010080830463ffffffff9081166020860152600160281b808504821696860196909652600160481b840481166060860152600160681b840481166080860152600160881b9093046001600160401b031660a085015260148a015460c085015260158a015480831660e086015281810484169185019190915293840416610120830152600160301b9092049091166101408201525f906129079084612bfc565b9050806001600160401b03165f036129315761128f878763ffffffff851615610d7a57600261180b565b600c8601805467ffffffffffffffff19166001600160401b0383161790556008860180546006919060ff60a01b1916600160a01b8302179055505050506104af565b600c830154600b8401546001600160401b0391821691161061299e576104af848485600a0154614090565b6008830180546007919060ff60a01b1916600160a01b83611c24565b600b85015460078601545f916001916129e6916001600160401b03600160481b90910481169116614e44565b6129f09190615476565b6004870154909150612a0d612a0587876140a2565b838686611b6a565b1461158d57604051637ca55c7760e01b815260040160405180910390fd5b600b82015460138301545f918291600160a81b9091046001600160401b03169060ff165f1901612b5b576040805161016081018252601387015460ff808216835261010080830463ffffffff9081166020860152600160281b808504821696860196909652600160481b840481166060860152600160681b840481166080860152600160881b9093046001600160401b031660a085015260148a015460c085015260158a015480831660e086015281810484169185019190915293840416610120830152600160301b9092049091166101408201525f90612b229083612b12600289615708565b612b1d90600261555f565b611d8c565b9050612b2f600286615532565b6001600160401b031615612b495760018160c00151612b50565b5f8160a001515b935093505050612baf565b601385015460ff166002148015612b7b5750836001600160401b03166001145b15612ba9576013850154600190612b9f90600160281b900463ffffffff1683615532565b9250925050612baf565b83925090505b9250929050565b5f8383612bc4846004615498565b90612bd0856004615498565b612bdb906004614e44565b92612be893929190615735565b612bf19161575c565b60e01c949350505050565b81515f9081612c0a82612f7a565b90508015612c1e5760ff16915061167b9050565b5f1960ff831601612c48576040850151612c3f9063ffffffff16600261555f565b9250505061167b565b60011960ff831601612c5f5760019250505061167b565b60081960ff831601612c8c576040850151612c819063ffffffff16601d61555f565b612c3f906011614e25565b60091960ff831601612cb9576040850151612cae9063ffffffff16601a61555f565b612c3f90601a614e25565b600a1960ff831601612cd857505050602082015163ffffffff1661167b565b600b1960ff831601612cfa576020850151612c3f9063ffffffff166001614e25565b60405163ab7751dd60e01b815260ff8316600482015260240161047d565b5f6040515f815385600182015260205f60218360025afa612d405763832d99055f526004601cfd5b5f519150838360051b8101600183535b80821015612db357600187168015612d745782356001850152846021850152612d82565b846001850152823560218501525b5060205f60418560025afa612d9e5763832d99055f526004601cfd5b5f5193508660011c9650602082019150612d50565b505050949350505050565b5f82801580612dd85750612dd3600182615476565b811615155b15612df957604051636d19f66360e11b81526004810182905260240161047d565b5f816001600160401b03811115612e1257612e12614e76565b604051908082528060200260200182016040528015612e3b578160200160208202803683370190505b5090505f5b82811015612eb15784612e6b57868682818110612e5f57612e5f6156f4565b90506020020135612e8c565b612e8c878783818110612e8057612e806156f4565b9050602002013561411d565b828281518110612e9e57612e9e6156f4565b6020908102919091010152600101612e40565b505b6001821115612f555760019190911c905f5b82811015612f4f57612f2a82612edc836002615498565b81518110612eec57612eec6156f4565b602002602001015183836002612f029190615498565b612f0d906001614e44565b81518110612f1d57612f1d6156f4565b602002602001015161406a565b828281518110612f3c57612f3c6156f4565b6020908102919091010152600101612ec5565b50612eb3565b805f81518110612f6757612f676156f4565b6020026020010151925050509392505050565b5f601260ff83161115612f8e57505f919050565b5f604051806060016040528060268152602001615942602691396002939093029092016020015160f01c92915050565b612fc6614466565b5f60405180610180016040528061015081526020016157f26101509139600488028101602001519091506123db60f882901c61300e60f484901c60e885901c8b8b8b8b614145565b611eab60f085901c60e086901c8c8c8c8c614145565b61302c614466565b60208401516040850151606086015163ffffffff9283169291821691165f6130548288615708565b90505f6130618389615532565b90505f61306f600289615708565b905061307c600289615532565b6001600160401b03165f03613148575f8a6080015163ffffffff166002146130b857816130a9878661555f565b6130b39190614e25565b6130cd565b836130c3888461555f565b6130cd9190614e25565b90505f8b6080015163ffffffff166001146130fc57836130ed878561555f565b6130f79190614e25565b613111565b82613107888661555f565b6131119190614e25565b90506131396003600160281b63ffffffff8516176501010000000063ffffffff851617613194565b9850505050505050505061087b565b613186600161316961315a828c614e57565b6001600160401b03165f613644565b611eab61317760018d614e57565b63ffffffff16600160291b1790565b9a9950505050505050505050565b61319c614466565b6040518060e001604052808560ff168152602001602885901c60ff168152602001602884901c60ff168152602001602085901c60ff168152602001602084901c60ff1681526020018463ffffffff1681526020018363ffffffff1681525090509392505050565b61320b614466565b6040840151845163ffffffff9091169060ff16600a145f81613236576132318387615498565b61324a565b6132408387615792565b61324a9087615476565b90505f8360011461326857613263613177600286615476565b613276565b600160281b63ffffffff8316175b905083613284876001614e44565b10156132f3576132e8600687156132a8576132a361317760018a615476565b6132b6565b600160281b63ffffffff8516175b611eab5f6132c48b88614e44565b6132cf906001614e44565b602082901b63ffffffff821617600160281b1792915050565b94505050505061087b565b5f60018561330360176003614e44565b61330d9190615498565b6133179190615476565b905080871015613412575f61332e60176002614e44565b8661333a8a6001614e44565b6133449190615476565b61334e9190615792565b90505f61335b828a615476565b9050815f036133b6576133a860026133a25f613378601784614e44565b8b6133848f6001614e44565b61338e9190615476565b6133989190615223565b6132cf908a614e44565b86613194565b97505050505050505061087b565b601782116133ec576133a86133cc600184615476565b6133d7836001614e44565b63ffffffff8416600160291b175b5f5f612fbe565b6133a86001613404836133ff838c615476565b613644565b611eab613177601786614e44565b5f61341d8289615476565b9050841561352357805f03613451576134446002600160281b63ffffffff8c161785613194565b965050505050505061087b565b6017811161348457613444613467600183615476565b613472846001614e44565b63ffffffff8516600160291b176133e5565b61349060176001614e44565b81036134b75761344460046134a961317760018c615476565b611eab613177600187615476565b6134c360176002614e44565b81036134f05761344460026134dc61317760018c615476565b6501010000000063ffffffff8d1617613194565b613444600361350361317760018c615476565b611fa0633f80000061351e8f6020015163ffffffff16613667565b613c77565b61352e866003615498565b8110156135c7575f613541600383615792565b61354b908a615476565b9050613558600383615792565b5f03613572576133a860026133a25f613398600387615223565b61357d600383615792565b6001036135aa576133a8600361359860016133988387615223565b63ffffffff8416600160291b17613194565b6133a860016135b98386613644565b611eab613177856001614e44565b6135d2866003615498565b6135dc9082615476565b9050601181101561360d576134446135f5826017614e44565b6135ff838b615476565b6133e5613177600187615476565b613186600261362061317760018c615476565b611eab60016136308b6003615498565b61363a9088614e44565b6131779190615476565b5f81831461365f5761365a613177600185615476565b61087b565b505f92915050565b5f5f8212156136815761167b63800000005f84810361422b565b61167b5f5f8461422b565b5f6040516002815383600182015282602182015260205f60418360025afa6136bb5763832d99055f526004601cfd5b50505f5192915050565b5f806136d283601c615476565b6136dd906008615498565b84901c90506136eb816136f3565b949350505050565b5f60188263ffffffff16901b60088363ffffffff16901b62ff00001660088463ffffffff16901c61ff001660188563ffffffff16901c1717179050919050565b5f8060ff841615613752576015850154600160281b900460ff1661375b565b601585015460ff165b90505f60ff85161561377e576015860154600160301b900463ffffffff1661378f565b6015860154610100900463ffffffff165b90505f1960ff831601613823576007860154600160a01b900460ff166137b86020860186615431565b9050146137d857604051637ca55c7760e01b815260040160405180910390fd5b600e86015461380085356137f363ffffffff85166001614e44565b61140d6020890189615431565b1461381e57604051637ca55c7760e01b815260040160405180910390fd5b613918565b60011960ff8316016138685761384a86604086013560608701356113a06080890189615431565b6040840135613800853563ffffffff841661140d6020890189615431565b60021960ff8316016138ff57600b86015463ffffffff600160881b90910481169082161015806138c3575060078601546138ae90600160801b900463ffffffff16611b47565b60ff166138be6020860186615431565b905014155b156138e157604051637ca55c7760e01b815260040160405180910390fd5b6010860154613800853563ffffffff841661140d6020890189615431565b6040516305bb030160e31b815260040160405180910390fd5b505090359392505050565b5f637fffffff838116908316637f8000008210158061394c5750637f80000063ffffffff821610155b156139de57637f80000063ffffffff831611806139725750637f80000063ffffffff8216115b1561398557637fc000009250505061167b565b637f7fffff1963ffffffff8316016139d45763ffffffff8116637f8000001480156139bc57508363ffffffff168563ffffffff1614155b6139c65784612c3f565b637fc000009250505061167b565b839250505061167b565b8063ffffffff165f03613a085763ffffffff8216156139fd5784612c3f565b50505081811661167b565b8163ffffffff165f03613a1f57839250505061167b565b5f5f613a2a846142d5565b915091505f5f613a39856142d5565b915091505f818412613a75578184036040811115613a6757604086901b955060019350604085039150613a6f565b94851b948291505b50613aa1565b8382036040811115613a9757604084901b935060019550604083039150613a9f565b92831b928491505b505b63800000008a8116908a168103613ace57613abf818386890161422b565b9850505050505050505061167b565b83861115613ae357613abf818386890361422b565b85841115613afe57613abf63800000008b168388870361422b565b505f9a9950505050505050505050565b5f828218638000000016637fffffff808516908416637f800000821180613b3e5750637f80000063ffffffff8216115b15613b5257637fc00000935050505061167b565b637f7fffff1963ffffffff831601613b8c5763ffffffff811615613b7c57637f8000008317613b82565b637fc000005b935050505061167b565b637f7fffff1963ffffffff821601613bb65763ffffffff821615613b7c57637f8000008317613b82565b63ffffffff82161580613bcd575063ffffffff8116155b15613bdd5782935050505061167b565b5f5f613be8846142d5565b915091505f5f613bf7856142d5565b915091506131868763ffffffff1682850184870261422b565b5f61087b8363800000008418613923565b5f637f800000637fffffff84161180613c435750637f800000637fffffff8316115b15613c535750637fc0000061167b565b613c5c8261430a565b613c658461430a565b11613c70578161087b565b5090919050565b5f828218638000000016637fffffff808516908416637f800000821180613ca75750637f80000063ffffffff8216115b15613cbb57637fc00000935050505061167b565b637f7fffff1963ffffffff831601613cea5763ffffffff8116637f80000014613b7c57637f8000008317613b82565b637f7fffff1963ffffffff821601613d075782935050505061167b565b8063ffffffff165f03613d2c5763ffffffff821615613b7c57637f8000008317613b82565b8163ffffffff165f03613d445782935050505061167b565b5f5f613d4f846142d5565b915091505f5f613d5e856142d5565b9092509050604084901b5f838281613d7857613d7861520f565b0490505f848381613d8b57613d8b61520f565b0615613d98576001613d9a565b5f5b60ff169050613dbb8a63ffffffff1660418689030383600186901b1761422b565b9d9c50505050505050505050505050565b5f637f800000637fffffff84161115613dea5750637fc0000061167b565b63800000008316158015613e03575063ffffffff831615155b1561365f57613e1182614339565b905061167b565b5f637f800000637fffffff84161180613e3a5750637f800000637fffffff8316115b15613e4a5750637fc0000061167b565b613e538261430a565b613e5c8461430a565b10613c70578161087b565b5f637fffffff82168103613e79575090565b637f80000063ffffffff83161115613e965750637fc00000919050565b637f7fffff1963ffffffff831601613eac575090565b5f5f613eb7846142d5565b91509150806001165f14613ed05760019190911b905f19015b605082901b5f613edf8261435c565b90505f8282830214613ef2576001613ef4565b5f5b60ff169050611fab5f60016002604f198801050383600186901b1761422b565b5f637f800000637fffffff83161115613f325750637fc00000919050565b5f638000000083168103613f6a576342fe00008363ffffffff161015613f6057613f5b836143b4565b613f63565b607f5b9050613f99565b6342fc0000637fffffff84161015613f9257613f8b637fffffff84166143b4565b5f03613f96565b607d195b90505b607f0160171b92915050565b5f637fffffff82168103613fbe575063ff800000919050565b637f80000063ffffffff83161115613fdb5750637fc00000919050565b637f7fffff1963ffffffff831601613ff85750637f800000919050565b5f614002836143f4565b91505061087b81613667565b5f637fffffff8216158061402b575063ffffffff8216637f800000145b1561403b5750633f800000919050565b637f80000063ffffffff831611156140585750637fc00000919050565b5f614062836143f4565b509392505050565b5f6040516001815383600182015282602182015260205f60418360025afa6136bb575f5ffd5b6104d183838315610d7a57600261180b565b604051600160fa1b602082015260218101839052604181018290525f9060029060610160408051601f19818403018152908290526140df91615671565b602060405180830381855afa1580156140fa573d5f5f3e3d5ffd5b5050506040513d601f19601f8201168201806040525081019061087b9190615004565b5f6040515f815382600182015260205f60218360025afa61413c575f5ffd5b50505f51919050565b600f959095169460ff94909416935f86614188575f6040518060800160405280604c81526020016157a6604c913960048802016020015160e01c91506142219050565b60011987016141a55761419e6131778787614e44565b9050614221565b60021987016141bb575065030000000000614221565b866004036141ca575082614221565b60078710156141fb5761419e6141e1600589615476565b84602082901b63ffffffff821617600160281b1792915050565b8660070361420a575080614221565b614218633f80000083613c10565b63ffffffff1690505b9695505050505050565b5f815f0361423a57508261087b565b811e60e881900360941985900381121561425657846094190390505b5f5f8213156142a2575083811c815f19600180831b820188169183011b8082118061428e5750808214801561428e5750836001166001145b1561429a578360010193505b5050506142ab565b815f0385901b90505b60958683010160171b8101637f80000081106142c85750637f8000005b9096179695505050505050565b627fffff81165f60ff601784901c168082036142f5576094199150614304565b62800000831792506096810391505b50915091565b5f638000000082161561432957637fffffff821663800000000361167b565b5063ffffffff1663800000000190565b5f637f800000637fffffff831611614351578161167b565b637fc0000092915050565b6001811e610101819003821c82901b915f9083858161437d5761437d61520f565b048401901c90505b828110156143ad5780925060018385816143a1576143a161520f565b048401901c9050614385565b5050919050565b5f6101ff601783901c16607f8110156143cf57505f92915050565b8060960383627fffff16628000001763ffffffff16901c63ffffffff16915050919050565b5f80627fffff83166101ff601785901c16820361442a5760e8811e607d1981900391909101925060e719011b627fffff1661443a565b607e196101ff601786901c160191505b633f80000081179250633fb504f363ffffffff84161061430457633f0000001793600190910192509050565b6040805160e0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c081019190915290565b5f602082840312156144b1575f5ffd5b5035919050565b63ffffffff811681146144c9575f5ffd5b50565b8035611806816144b8565b5f5f604083850312156144e8575f5ffd5b8235915060208301356144fa816144b8565b809150509250929050565b5f5f83601f840112614515575f5ffd5b5081356001600160401b0381111561452b575f5ffd5b6020830191508360208260051b8501011115612baf575f5ffd5b5f5f5f5f5f5f5f5f60c0898b03121561455c575f5ffd5b88359750602089013561456e816144b8565b96506040890135955060608901356001600160401b0381111561458f575f5ffd5b61459b8b828c01614505565b9096509450506080890135925060a08901356001600160401b038111156145c0575f5ffd5b6145cc8b828c01614505565b999c989b5096995094979396929594505050565b5f5f5f5f5f5f5f60a0888a0312156145f6575f5ffd5b873596506020880135614608816144b8565b95506040880135945060608801356001600160401b03811115614629575f5ffd5b6146358a828b01614505565b90955093505060808801356001600160401b03811115614653575f5ffd5b61465f8a828b01614505565b989b979a50959850939692959293505050565b634e487b7160e01b5f52602160045260245ffd5b6003811061469657614696614672565b9052565b6020810161167b8284614686565b600b811061469657614696614672565b6005811061469657614696614672565b5f6101e0820190506146db8284516146a8565b60208301516146ed60208401826146b8565b5060408301516147006040840182614686565b506060830151614714606084018215159052565b50608083015161472c608084018263ffffffff169052565b5060a083015161474760a08401826001600160401b03169052565b5060c083015161475c60c084018260ff169052565b5060e083015161477760e08401826001600160401b03169052565b5061010083015161479161010084018263ffffffff169052565b506101208301516147ae6101208401826001600160401b03169052565b506101408301516147cb6101408401826001600160401b03169052565b506101608301516147e86101608401826001600160401b03169052565b506101808301516148056101808401826001600160401b03169052565b506101a08301516148226101a08401826001600160401b03169052565b506101c092830151919092015290565b5f6101608284031215614843575f5ffd5b50919050565b6001600160401b03811681146144c9575f5ffd5b803561180681614849565b5f5f5f6101a0848603121561487b575f5ffd5b6148858585614832565b925061016084013561489681614849565b91506101808401356148a781614849565b809150509250925092565b5f60e08201905060ff835116825260ff602084015116602083015260ff604084015116604083015260ff606084015116606083015260ff608084015116608083015260a083015161490b60a084018263ffffffff169052565b5060c083015161492360c084018263ffffffff169052565b5092915050565b5f5f83601f84011261493a575f5ffd5b5081356001600160401b03811115614950575f5ffd5b602083019150836020828501011115612baf575f5ffd5b5f5f5f5f5f5f6080878903121561497c575f5ffd5b86359550602087013561498e816144b8565b945060408701356001600160401b038111156149a8575f5ffd5b6149b489828a0161492a565b90955093505060608701356001600160401b038111156149d2575f5ffd5b6149de89828a0161492a565b979a9699509497509295939492505050565b5f5f5f5f60608587031215614a03575f5ffd5b843593506020850135614a15816144b8565b925060408501356001600160401b03811115614a2f575f5ffd5b614a3b87828801614505565b95989497509550505050565b5f5f5f5f5f5f5f5f5f6102208a8c031215614a60575f5ffd5b8935985060208a0135614a72816144b8565b9750614a818b60408c01614832565b96506101a08a01356001600160401b03811115614a9c575f5ffd5b614aa88c828d01614505565b9097509550506101c08a013593506101e08a013592506102008a01356001600160401b03811115614ad7575f5ffd5b614ae38c828d01614505565b915080935050809150509295985092959850929598565b5f6101008284031215614843575f5ffd5b5f5f5f5f60808587031215614b1e575f5ffd5b843593506020850135614b30816144b8565b925060408501356001600160401b03811115614b4a575f5ffd5b614b5687828801614afa565b92505060608501356001600160401b03811115614b71575f5ffd5b614b7d87828801614afa565b91505092959194509250565b5f610180828403128015614b9b575f5ffd5b509092915050565b5f5f5f5f5f5f5f5f60c0898b031215614bba575f5ffd5b883597506020890135614bcc816144b8565b9650604089013595506060890135945060808901356001600160401b03811115614bf4575f5ffd5b614c008b828c01614505565b90955093505060a08901356001600160401b038111156145c0575f5ffd5b60ff811681146144c9575f5ffd5b803561180681614c1e565b5f5f5f5f5f5f5f60c0888a031215614c4d575f5ffd5b873596506020880135614c5f816144b8565b9550604088013594506060880135935060808801356001600160401b03811115614c87575f5ffd5b614c938a828b01614505565b90945092505060a0880135614ca781614c1e565b8091505092959891949750929550565b6001600160a01b03811681146144c9575f5ffd5b5f60208284031215614cdb575f5ffd5b813561087b81614cb7565b5f5f5f60608486031215614cf8575f5ffd5b833592506020840135614d0a816144b8565b915060408401356001600160401b03811115614d24575f5ffd5b840160e081870312156148a7575f5ffd5b5f5f5f5f5f5f60a08789031215614d4a575f5ffd5b863595506020870135614d5c816144b8565b945060408701356001600160401b03811115614d76575f5ffd5b614d8289828a0161492a565b9095509350506060870135614d9681614849565b915060808701356001600160401b03811115614db0575f5ffd5b614dbc89828a01614afa565b9150509295509295509295565b5f6101608284031215614dda575f5ffd5b61087b8383614832565b5f5f6101808385031215614df6575f5ffd5b614e008484614832565b91506101608301356144fa81614849565b634e487b7160e01b5f52601160045260245ffd5b6001600160401b03818116838216019081111561167b5761167b614e11565b8082018082111561167b5761167b614e11565b6001600160401b03828116828216039081111561167b5761167b614e11565b634e487b7160e01b5f52604160045260245ffd5b60405161016081016001600160401b0381118282101715614eb957634e487b7160e01b5f52604160045260245ffd5b60405290565b5f610160828403128015614ed1575f5ffd5b50614eda614e8a565b614ee383614c2c565b8152614ef1602084016144cc565b6020820152614f02604084016144cc565b6040820152614f13606084016144cc565b6060820152614f24608084016144cc565b6080820152614f3560a0840161485d565b60a082015260c08381013590820152614f5060e08401614c2c565b60e0820152614f6261010084016144cc565b610100820152614f756101208401614c2c565b610120820152614f8861014084016144cc565b6101408201529392505050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b60ff8816815263ffffffff8716602082015263ffffffff8616604082015260a060608201525f614ff160a083018688614f95565b8281036080840152613186818587614f95565b5f60208284031215615014575f5ffd5b5051919050565b5f813561167b81614c1e565b5f813561167b816144b8565b5f813561167b81614849565b61505c61504b8361501b565b825460ff191660ff91909116178255565b61508761506b60208401615027565b825464ffffffff00191660089190911b64ffffffff0016178255565b6150ba61509660408401615027565b825468ffffffff0000000000191660289190911b68ffffffff000000000016178255565b6150f56150c960608401615027565b82546cffffffff000000000000000000191660489190911b6cffffffff00000000000000000016178255565b61512861510460808401615027565b82805463ffffffff60681b191660689290921b63ffffffff60681b16919091179055565b61516361513760a08401615033565b82805467ffffffffffffffff60881b191660889290921b67ffffffffffffffff60881b16919091179055565b60c082013560018201556002810161518061504b60e0850161501b565b61519061506b6101008501615027565b6151be6151a0610120850161501b565b825465ff0000000000191660289190911b65ff000000000016178255565b6104d16151ce6101408501615027565b825469ffffffff000000000000191660309190911b69ffffffff00000000000016178255565b5f60208284031215615204575f5ffd5b813561087b81614849565b634e487b7160e01b5f52601260045260245ffd5b5f826152315761523161520f565b500490565b5f60208284031215615246575f5ffd5b813561087b816144b8565b5f60208284031215615261575f5ffd5b813561087b81614c1e565b5f6001820161527d5761527d614e11565b5060010190565b5f813561167b81614cb7565b80546001600160a01b0319166001600160a01b0392909216919091179055565b6152c26152bc83615284565b82615290565b6152da6152d160208401615284565b60018301615290565b60408201356002820155606082013560038201556080820135600482015560a0820135600582015560c082013560068201556007810161533d61531f60e08501615033565b825467ffffffffffffffff19166001600160401b0391909116178255565b61537a61534d6101008501615033565b825467ffffffffffffffff60401b191660409190911b6fffffffffffffffff000000000000000016178255565b6153ae61538a6101208501615027565b82805463ffffffff60801b191660809290921b63ffffffff60801b16919091179055565b6153dc6153be610140850161501b565b82805460ff60a01b191660a09290921b60ff60a01b16919091179055565b6104d16153ec6101608501615033565b82805467ffffffffffffffff60a81b191660a89290921b67ffffffffffffffff60a81b16919091179055565b60ff828116828216039081111561167b5761167b614e11565b5f5f8335601e19843603018112615446575f5ffd5b8301803591506001600160401b0382111561545f575f5ffd5b6020019150600581901b3603821315612baf575f5ffd5b8181038181111561167b5761167b614e11565b818382375f9101908152919050565b808202811582820484141761167b5761167b614e11565b604081016154bd82856146a8565b61087b60208301846146a8565b63ffffffff818116838216019081111561167b5761167b614e11565b5f60ff821660ff81036154fb576154fb614e11565b60010192915050565b6060810161551282866146b8565b6001600160401b038416602083015260ff83166040830152949350505050565b5f6001600160401b0383168061554a5761554a61520f565b806001600160401b0384160691505092915050565b6001600160401b03818116838216029081169081811461492357614923614e11565b815160ff168152610160810160208301516155a4602084018263ffffffff169052565b5060408301516155bc604084018263ffffffff169052565b5060608301516155d4606084018263ffffffff169052565b5060808301516155ec608084018263ffffffff169052565b5060a083015161560760a08401826001600160401b03169052565b5060c083015160c083015260e083015161562660e084018260ff169052565b5061010083015161564061010084018263ffffffff169052565b5061012083015161565761012084018260ff169052565b5061014083015161492361014084018263ffffffff169052565b5f82518060208501845e5f920191825250919050565b5f63ffffffff83168061569c5761569c61520f565b8063ffffffff84160491505092915050565b5f63ffffffff8316806156c3576156c361520f565b8063ffffffff84160691505092915050565b63ffffffff818116838216029081169081811461492357614923614e11565b634e487b7160e01b5f52603260045260245ffd5b5f6001600160401b038316806157205761572061520f565b806001600160401b0384160491505092915050565b5f5f85851115615743575f5ffd5b8386111561574f575f5ffd5b5050820193919092039150565b80356001600160e01b03198116906004841015614923576001600160e01b031960049490940360031b84901b1690921692915050565b5f826157a0576157a061520f565b50069056fec2ae000042b000003fb8aa3b4b4000003f318000b95e80833ab60b613c0888893d2aaaab3e2aaaab3f0000003f8000003e638e393e9249253ecccccd3f2aaaab400000003f31721800000000064000000720000103200102012002030220030303200404022201050320040502220607030206080120090703220a0801200b0803220c0801200d0903220e0801200f0a032210080120110b032212080120130b09230400032214150a4300000b4300000220010b0120010b042202030322040403020c050120060d032207050120080e0322090501200a0f03220b0501200c100320001103220d0401220e0f065000120856000003750000012600000376000002520000015500000620000007200101032002020120030302200403032005040222020603200505022207080302060901200a0703220b0901200c0803220d0901200e0903220f090120100a032211090120120b032213090120140b09230500032215160120170b0402101802020b190355000002020b00036200010375000003860000012200010366000003750000038200000122010203570000000000000000280129012a022c022e1b490300000000000000004c034f040000530100000000a264697066735822122006386f58e143d7bb54994686642a3c9600f44d47b5343494d47dfbeb05f874f464736f6c63430008250033",
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
// Solidity: constructor(uint8 fanoutBits_) returns()
func (pinpointGame *PinpointGame) PackConstructor(fanoutBits_ uint8) []byte {
	enc, err := pinpointGame.abi.Pack("", fanoutBits_)
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
// the contract method with ID 0xc4ffbcb2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function defendStep(uint256 id, uint32 mv, (bytes32,bytes32[],bytes32,bytes32,bytes32[],bytes32,bytes32,bytes32[]) a, (bytes32,bytes32[],bytes32,bytes32,bytes32[],bytes32,bytes32,bytes32[]) b) returns()
func (pinpointGame *PinpointGame) PackDefendStep(id *big.Int, mv uint32, a PinpointGameOpening, b PinpointGameOpening) []byte {
	enc, err := pinpointGame.abi.Pack("defendStep", id, mv, a, b)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDefendStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc4ffbcb2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function defendStep(uint256 id, uint32 mv, (bytes32,bytes32[],bytes32,bytes32,bytes32[],bytes32,bytes32,bytes32[]) a, (bytes32,bytes32[],bytes32,bytes32,bytes32[],bytes32,bytes32,bytes32[]) b) returns()
func (pinpointGame *PinpointGame) TryPackDefendStep(id *big.Int, mv uint32, a PinpointGameOpening, b PinpointGameOpening) ([]byte, error) {
	return pinpointGame.abi.Pack("defendStep", id, mv, a, b)
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

// PackNodeLeaf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe6ba7565.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nodeLeaf((uint8,uint32,uint32,uint32,uint32,uint64,bytes32,uint8,uint32,uint8,uint32) d) pure returns(bytes32)
func (pinpointGame *PinpointGame) PackNodeLeaf(d PinpointShapesNode) []byte {
	enc, err := pinpointGame.abi.Pack("nodeLeaf", d)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNodeLeaf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe6ba7565.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nodeLeaf((uint8,uint32,uint32,uint32,uint32,uint64,bytes32,uint8,uint32,uint8,uint32) d) pure returns(bytes32)
func (pinpointGame *PinpointGame) TryPackNodeLeaf(d PinpointShapesNode) ([]byte, error) {
	return pinpointGame.abi.Pack("nodeLeaf", d)
}

// UnpackNodeLeaf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe6ba7565.
//
// Solidity: function nodeLeaf((uint8,uint32,uint32,uint32,uint32,uint64,bytes32,uint8,uint32,uint8,uint32) d) pure returns(bytes32)
func (pinpointGame *PinpointGame) UnpackNodeLeaf(data []byte) ([32]byte, error) {
	out, err := pinpointGame.abi.Unpack("nodeLeaf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackOpen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc7b5c95d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function open((address,address,bytes32,bytes32,bytes32,bytes32,bytes32,uint64,uint64,uint32,uint8,uint64) s) returns(uint256 id)
func (pinpointGame *PinpointGame) PackOpen(s PinpointGameSetup) []byte {
	enc, err := pinpointGame.abi.Pack("open", s)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOpen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc7b5c95d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function open((address,address,bytes32,bytes32,bytes32,bytes32,bytes32,uint64,uint64,uint32,uint8,uint64) s) returns(uint256 id)
func (pinpointGame *PinpointGame) TryPackOpen(s PinpointGameSetup) ([]byte, error) {
	return pinpointGame.abi.Pack("open", s)
}

// UnpackOpen is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc7b5c95d.
//
// Solidity: function open((address,address,bytes32,bytes32,bytes32,bytes32,bytes32,uint64,uint64,uint32,uint8,uint64) s) returns(uint256 id)
func (pinpointGame *PinpointGame) UnpackOpen(data []byte) (*big.Int, error) {
	out, err := pinpointGame.abi.Unpack("open", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOpenNode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x92a03bd4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function openNode(uint256 id, uint32 mv, (uint8,uint32,uint32,uint32,uint32,uint64,bytes32,uint8,uint32,uint8,uint32) desc, bytes32[] descProof, bytes32 header, bytes32 dataRoot, bytes32[] frontier) returns()
func (pinpointGame *PinpointGame) PackOpenNode(id *big.Int, mv uint32, desc PinpointShapesNode, descProof [][32]byte, header [32]byte, dataRoot [32]byte, frontier [][32]byte) []byte {
	enc, err := pinpointGame.abi.Pack("openNode", id, mv, desc, descProof, header, dataRoot, frontier)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOpenNode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x92a03bd4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function openNode(uint256 id, uint32 mv, (uint8,uint32,uint32,uint32,uint32,uint64,bytes32,uint8,uint32,uint8,uint32) desc, bytes32[] descProof, bytes32 header, bytes32 dataRoot, bytes32[] frontier) returns()
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

// PackSetElementJudge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcf77304d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setElementJudge(address judge) returns()
func (pinpointGame *PinpointGame) PackSetElementJudge(judge common.Address) []byte {
	enc, err := pinpointGame.abi.Pack("setElementJudge", judge)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetElementJudge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcf77304d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setElementJudge(address judge) returns()
func (pinpointGame *PinpointGame) TryPackSetElementJudge(judge common.Address) ([]byte, error) {
	return pinpointGame.abi.Pack("setElementJudge", judge)
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

// PackStepShape is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ec6f6dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stepShape((uint8,uint32,uint32,uint32,uint32,uint64,bytes32,uint8,uint32,uint8,uint32) d, uint64 e, uint64 i) pure returns((uint8,uint8,uint8,uint8,uint8,uint32,uint32))
func (pinpointGame *PinpointGame) PackStepShape(d PinpointShapesNode, e uint64, i uint64) []byte {
	enc, err := pinpointGame.abi.Pack("stepShape", d, e, i)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStepShape is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ec6f6dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stepShape((uint8,uint32,uint32,uint32,uint32,uint64,bytes32,uint8,uint32,uint8,uint32) d, uint64 e, uint64 i) pure returns((uint8,uint8,uint8,uint8,uint8,uint32,uint32))
func (pinpointGame *PinpointGame) TryPackStepShape(d PinpointShapesNode, e uint64, i uint64) ([]byte, error) {
	return pinpointGame.abi.Pack("stepShape", d, e, i)
}

// UnpackStepShape is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3ec6f6dd.
//
// Solidity: function stepShape((uint8,uint32,uint32,uint32,uint32,uint64,bytes32,uint8,uint32,uint8,uint32) d, uint64 e, uint64 i) pure returns((uint8,uint8,uint8,uint8,uint8,uint32,uint32))
func (pinpointGame *PinpointGame) UnpackStepShape(data []byte) (PinpointShapesShape, error) {
	out, err := pinpointGame.abi.Unpack("stepShape", data)
	if err != nil {
		return *new(PinpointShapesShape), err
	}
	out0 := *abi.ConvertType(out[0], new(PinpointShapesShape)).(*PinpointShapesShape)
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

// PackTraceLength is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8048179.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function traceLength((uint8,uint32,uint32,uint32,uint32,uint64,bytes32,uint8,uint32,uint8,uint32) d, uint64 e) pure returns(uint64)
func (pinpointGame *PinpointGame) PackTraceLength(d PinpointShapesNode, e uint64) []byte {
	enc, err := pinpointGame.abi.Pack("traceLength", d, e)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTraceLength is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8048179.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function traceLength((uint8,uint32,uint32,uint32,uint32,uint64,bytes32,uint8,uint32,uint8,uint32) d, uint64 e) pure returns(uint64)
func (pinpointGame *PinpointGame) TryPackTraceLength(d PinpointShapesNode, e uint64) ([]byte, error) {
	return pinpointGame.abi.Pack("traceLength", d, e)
}

// UnpackTraceLength is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf8048179.
//
// Solidity: function traceLength((uint8,uint32,uint32,uint32,uint32,uint64,bytes32,uint8,uint32,uint8,uint32) d, uint64 e) pure returns(uint64)
func (pinpointGame *PinpointGame) UnpackTraceLength(data []byte) (uint64, error) {
	out, err := pinpointGame.abi.Unpack("traceLength", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PinpointGameElementJudgeSet represents a ElementJudgeSet event raised by the PinpointGame contract.
type PinpointGameElementJudgeSet struct {
	Judge common.Address
	Raw   *types.Log // Blockchain specific contextual infos
}

const PinpointGameElementJudgeSetEventName = "ElementJudgeSet"

// ContractEventName returns the user-defined event name.
func (PinpointGameElementJudgeSet) ContractEventName() string {
	return PinpointGameElementJudgeSetEventName
}

// UnpackElementJudgeSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ElementJudgeSet(address judge)
func (pinpointGame *PinpointGame) UnpackElementJudgeSetEvent(log *types.Log) (*PinpointGameElementJudgeSet, error) {
	event := "ElementJudgeSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pinpointGame.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PinpointGameElementJudgeSet)
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

// PinpointGameElementProved represents a ElementProved event raised by the PinpointGame contract.
type PinpointGameElementProved struct {
	Id        *big.Int
	OpsDigest [32]byte
	Raw       *types.Log // Blockchain specific contextual infos
}

const PinpointGameElementProvedEventName = "ElementProved"

// ContractEventName returns the user-defined event name.
func (PinpointGameElementProved) ContractEventName() string {
	return PinpointGameElementProvedEventName
}

// UnpackElementProvedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ElementProved(uint256 indexed id, bytes32 opsDigest)
func (pinpointGame *PinpointGame) UnpackElementProvedEvent(log *types.Log) (*PinpointGameElementProved, error) {
	event := "ElementProved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pinpointGame.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PinpointGameElementProved)
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

// PinpointGameRevealed represents a Revealed event raised by the PinpointGame contract.
type PinpointGameRevealed struct {
	Id    *big.Int
	Level uint8
	Idx   uint64
	Rem   uint8
	Raw   *types.Log // Blockchain specific contextual infos
}

const PinpointGameRevealedEventName = "Revealed"

// ContractEventName returns the user-defined event name.
func (PinpointGameRevealed) ContractEventName() string {
	return PinpointGameRevealedEventName
}

// UnpackRevealedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Revealed(uint256 indexed id, uint8 level, uint64 idx, uint8 rem)
func (pinpointGame *PinpointGame) UnpackRevealedEvent(log *types.Log) (*PinpointGameRevealed, error) {
	event := "Revealed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pinpointGame.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PinpointGameRevealed)
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
	if bytes.Equal(raw[:4], pinpointGame.abi.Errors["NotFirstPick"].ID.Bytes()[:4]) {
		return pinpointGame.UnpackNotFirstPickError(raw[4:])
	}
	if bytes.Equal(raw[:4], pinpointGame.abi.Errors["NotYourTurn"].ID.Bytes()[:4]) {
		return pinpointGame.UnpackNotYourTurnError(raw[4:])
	}
	if bytes.Equal(raw[:4], pinpointGame.abi.Errors["ProofIndexTooLarge"].ID.Bytes()[:4]) {
		return pinpointGame.UnpackProofIndexTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], pinpointGame.abi.Errors["StepOutOfRange"].ID.Bytes()[:4]) {
		return pinpointGame.UnpackStepOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], pinpointGame.abi.Errors["UnknownKernel"].ID.Bytes()[:4]) {
		return pinpointGame.UnpackUnknownKernelError(raw[4:])
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

// PinpointGameStepOutOfRange represents a StepOutOfRange error raised by the PinpointGame contract.
type PinpointGameStepOutOfRange struct {
	Step   uint64
	Length uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StepOutOfRange(uint64 step, uint64 length)
func PinpointGameStepOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x16138213d111a7c6d01432e24846d453aad2f188da41484a39ef28fa984cedcb")
}

// UnpackStepOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StepOutOfRange(uint64 step, uint64 length)
func (pinpointGame *PinpointGame) UnpackStepOutOfRangeError(raw []byte) (*PinpointGameStepOutOfRange, error) {
	out := new(PinpointGameStepOutOfRange)
	if err := pinpointGame.abi.UnpackIntoInterface(out, "StepOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PinpointGameUnknownKernel represents a UnknownKernel error raised by the PinpointGame contract.
type PinpointGameUnknownKernel struct {
	Kernel uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownKernel(uint8 kernel)
func PinpointGameUnknownKernelErrorID() common.Hash {
	return common.HexToHash("0xab7751dd29070c63f06f1c43f837ca686a17378476dfaa8c3f9d80dc07155b57")
}

// UnpackUnknownKernelError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownKernel(uint8 kernel)
func (pinpointGame *PinpointGame) UnpackUnknownKernelError(raw []byte) (*PinpointGameUnknownKernel, error) {
	out := new(PinpointGameUnknownKernel)
	if err := pinpointGame.abi.UnpackIntoInterface(out, "UnknownKernel", raw); err != nil {
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
