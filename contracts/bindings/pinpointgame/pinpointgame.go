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
}

// PinpointGameMetaData contains all meta data concerning the PinpointGame contract.
var PinpointGameMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"fanoutBits_\",\"type\":\"uint8\"},{\"internalType\":\"contractIPinpointShapes\",\"name\":\"shapes_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"judge_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"BadFrontier\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"}],\"name\":\"BadFrontierSize\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadNode\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadPick\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadProof\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadSetup\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ClockExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"ClockRunning\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"GameOver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"op\",\"type\":\"uint8\"}],\"name\":\"InvalidOp\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"NoGame\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotAtTrace\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotFirstPick\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"NotYourTurn\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pathLength\",\"type\":\"uint256\"}],\"name\":\"ProofIndexTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"want\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"got\",\"type\":\"uint32\"}],\"name\":\"WrongMoveNumber\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumPinpointGame.Phase\",\"name\":\"want\",\"type\":\"uint8\"},{\"internalType\":\"enumPinpointGame.Phase\",\"name\":\"have\",\"type\":\"uint8\"}],\"name\":\"WrongPhase\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZkDisabled\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"Moved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"client\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"}],\"name\":\"Opened\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"enumPinpointGame.Result\",\"name\":\"result\",\"type\":\"uint8\"}],\"name\":\"Resolved\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"mv\",\"type\":\"uint32\"}],\"name\":\"acceptElement\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"clientOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"mv\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"prevState\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"prevProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"frontier\",\"type\":\"bytes32[]\"}],\"name\":\"commitGraph\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"mv\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"lastProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"frontier\",\"type\":\"bytes32[]\"}],\"name\":\"commitSteps\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"mv\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"mapLeaf\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"mapProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"src\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"srcProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"batchRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"nextMeta\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"batchProof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structPinpointGame.AssemblyOpening\",\"name\":\"o\",\"type\":\"tuple\"}],\"name\":\"defendAssembly\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"mv\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"src\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"srcProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"batchRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"nextMeta\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"batchProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"header\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataLeaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"dataProof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structPinpointGame.Opening\",\"name\":\"a\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"src\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"srcProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"batchRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"nextMeta\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"batchProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"header\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataLeaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"dataProof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structPinpointGame.Opening\",\"name\":\"b\",\"type\":\"tuple\"}],\"name\":\"defendStep\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"mv\",\"type\":\"uint32\"}],\"name\":\"disputeAssembly\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"mv\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"operands\",\"type\":\"bytes\"},{\"internalType\":\"uint64\",\"name\":\"q\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"src\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"srcProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"batchRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"nextMeta\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"batchProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"header\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataLeaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"dataProof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structPinpointGame.Opening\",\"name\":\"o\",\"type\":\"tuple\"}],\"name\":\"disputeOperand\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"elementJudge\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"fanoutBits\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"forfeited\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"gameCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"kernel\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"p0\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"p1\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"p2\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"p3\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"numel\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"outHeader\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"src0Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src0Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src1Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src1Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src2Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src2Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src3Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src3Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src4Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src4Index\",\"type\":\"uint32\"}],\"internalType\":\"structPinpointShapes.Node\",\"name\":\"d\",\"type\":\"tuple\"}],\"name\":\"nodeLeaf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"nodesRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateMapRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"agreed\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"disputed\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"firstStep\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"segLen\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"numNodes\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"stateDepth\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"clock\",\"type\":\"uint64\"}],\"internalType\":\"structPinpointGame.Setup\",\"name\":\"s\",\"type\":\"tuple\"}],\"name\":\"open\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"mv\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"kernel\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"p0\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"p1\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"p2\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"p3\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"numel\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"outHeader\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"src0Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src0Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src1Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src1Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src2Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src2Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src3Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src3Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src4Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src4Index\",\"type\":\"uint32\"}],\"internalType\":\"structPinpointShapes.Node\",\"name\":\"desc\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"descProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"header\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"frontier\",\"type\":\"bytes32[]\"}],\"name\":\"openNode\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"mv\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"lastLeaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"lastProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"frontier\",\"type\":\"bytes32[]\"}],\"name\":\"openTrace\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"mv\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"node\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"q\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"path\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint8\",\"name\":\"lane\",\"type\":\"uint8\"}],\"name\":\"pick\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"mv\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"operands\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"proveElement\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"mv\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"value\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"operands\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"refuteElement\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"result\",\"outputs\":[{\"internalType\":\"enumPinpointGame.Result\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"mv\",\"type\":\"uint32\"},{\"internalType\":\"bytes32[]\",\"name\":\"frontier\",\"type\":\"bytes32[]\"}],\"name\":\"reveal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"shapes\",\"outputs\":[{\"internalType\":\"contractIPinpointShapes\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"state\",\"outputs\":[{\"components\":[{\"internalType\":\"enumPinpointGame.Phase\",\"name\":\"phase\",\"type\":\"uint8\"},{\"internalType\":\"enumPinpointGame.Level\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"enumPinpointGame.Result\",\"name\":\"result\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"solverTurn\",\"type\":\"bool\"},{\"internalType\":\"uint32\",\"name\":\"moves\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"idx\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"rem\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"step\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"node\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"element\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"traceLen\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"clockSolver\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"clockChallenger\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lastMove\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"cur\",\"type\":\"bytes32\"}],\"internalType\":\"structPinpointGame.View\",\"name\":\"v\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"kernel\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"p0\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"p1\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"p2\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"p3\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"numel\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"outHeader\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"src0Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src0Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src1Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src1Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src2Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src2Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src3Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src3Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src4Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src4Index\",\"type\":\"uint32\"}],\"internalType\":\"structPinpointShapes.Node\",\"name\":\"d\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"e\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"i\",\"type\":\"uint64\"}],\"name\":\"stepShape\",\"outputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"op\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"kindA\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"kindB\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"slotA\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"slotB\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"payA\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"payB\",\"type\":\"uint32\"}],\"internalType\":\"structPinpointShapes.Shape\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"timeout\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"kernel\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"p0\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"p1\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"p2\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"p3\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"numel\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"outHeader\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"src0Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src0Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src1Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src1Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src2Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src2Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src3Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src3Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src4Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src4Index\",\"type\":\"uint32\"}],\"internalType\":\"structPinpointShapes.Node\",\"name\":\"d\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"e\",\"type\":\"uint64\"}],\"name\":\"traceLength\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "PinpointGame",
	Bin: "0x60e060405234801561000f575f5ffd5b5060405161559f38038061559f83398101604081905261002e916100cd565b60ff83161580610041575060088360ff16115b8061005457506001600160a01b0382163b155b8061007a57506001600160a01b0381161580159061007a57506001600160a01b0381163b155b156100975760405162de0e3560e11b815260040160405180910390fd5b60ff9092166080526001600160a01b0390811660a0521660c05261011c565b6001600160a01b03811681146100ca575f5ffd5b50565b5f5f5f606084860312156100df575f5ffd5b835160ff811681146100ef575f5ffd5b6020850151909350610100816100b6565b6040850151909250610111816100b6565b809150509250925092565b60805160a05160c05161540561019a5f395f818161033f015281816109ea01528181610eec015261294e01525f81816101a501528181610b6001528181610ca601528181610de80152818161103801526127b901525f8181610366015281816114e20152818161151301528181611f740152611fa501526154055ff3fe608060405234801561000f575f5ffd5b5060043610610187575f3560e01c80638dd2e43f116100d9578063cad1dcee11610093578063d12448ea1161006e578063d12448ea1461040c578063d5b4678a14610448578063eb4c848c1461045b578063ecef6c561461046e575f5ffd5b8063cad1dcee146103d3578063cafb8a31146103e6578063cfd1167d146103f9575f5ffd5b80638dd2e43f1461030f5780639d0da4d41461033a5780639e2b991b14610361578063ac1c2b7d1461039a578063c4ffbcb2146103ad578063c7b5c95d146103c0575f5ffd5b80633e4f49e61161014457806350e3ccc01161011f57806350e3ccc01461029e5780635df11015146102c95780636031c8eb146102dc5780637fc875f2146102fc575f5ffd5b80633e4f49e61461025557806345b569f0146102755780634d1975b414610288575f5ffd5b806308148f7a1461018b578063184f9654146101a05780631d4b3916146101e457806325aa4dd0146101f757806326b0cbb71461020a5780633c5940591461021d575b5f5ffd5b61019e610199366004613aa3565b610481565b005b6101c77f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020015b60405180910390f35b61019e6101f2366004613ad9565b610580565b61019e610205366004613b47565b6105bc565b61019e610218366004613be2565b6106b5565b61024861022b366004613aa3565b5f9081526001602052604090206008015462010000900460ff1690565b6040516101db9190613c9c565b610268610263366004613aa3565b61076c565b6040516101db9190613cca565b61019e610283366004613e71565b610935565b6102905f5481565b6040519081526020016101db565b6101c76102ac366004613aa3565b5f908152600160205260409020600901546001600160a01b031690565b61019e6102d7366004613efa565b610afa565b6102ef6102ea366004613f87565b610b1d565b6040516101db9190613fd1565b61019e61030a366004614049565b610bea565b61032261031d3660046140fc565b610dcf565b6040516001600160401b0390911681526020016101db565b6101c77f000000000000000000000000000000000000000000000000000000000000000081565b6103887f000000000000000000000000000000000000000000000000000000000000000081565b60405160ff90911681526020016101db565b61019e6103a8366004614129565b610e67565b61019e6103bb3660046141c2565b611008565b6102906103ce366004614240565b611178565b61019e6103e136600461425a565b6113e6565b61019e6103f43660046142ee565b6114c6565b61019e61040736600461436e565b611672565b61043861041a366004613aa3565b5f90815260016020526040902060090154600160a01b900460ff1690565b60405190151581526020016101db565b61019e6104563660046143bd565b6118aa565b610290610469366004614451565b61199d565b61019e61047c366004613ad9565b6119b0565b5f61048b82611a89565b60088101549091505f906301000000900460ff166104bd576008820154600160c01b90046001600160401b03166104d3565b6008820154600160801b90046001600160401b03165b60088301549091505f906104f8908390600160401b90046001600160401b0316614480565b9050806001600160401b03164211610533576040516303a5cac360e01b81526001600160401b03821660048201526024015b60405180910390fd5b61053c84611b17565b60098301805460ff60a01b1916600160a01b179055600883015461057a90859085906301000000900460ff16610573576001611b4b565b6002611b4b565b50505050565b5f828152600160205260408120600b0154600160481b900460ff16906105a9848484600a611bc3565b905061057a848284610573576001611b4b565b5f6105cb898960016004611bc3565b60078101549091505f906105f9906105f490600160401b90046001600160401b0316600161449f565b611e8b565b905060ff8116861415806106475750600d820154600b830154610644908a9061063490600190600160501b90046001600160401b03166144b2565b6001600160401b03168a8a611eae565b14155b1561066557604051637ca55c7760e01b815260040160405180910390fd5b600e820188905560108201859055600782015461069e908390600190889061069990600160801b900463ffffffff16611e8b565b611efe565b6106a9828585611f69565b50505050505050505050565b5f6106c38888600180611bc3565b60078101549091505f906106ec906105f490600160401b90046001600160401b0316600161449f565b905060ff811685141580610725575060068201546007830154889161072291600160401b90046001600160401b03168989611eae565b14155b1561074357604051637ca55c7760e01b815260040160405180910390fd5b600d8201879055610756825f8984611efe565b610761828585611f69565b505050505050505050565b6107e7604080516101e08101909152805f81526020015f81526020015f81525f6020820181905260408201819052606082018190526080820181905260a0820181905260c0820181905260e0820181905261010082018190526101208201819052610140820181905261016082018190526101809091015290565b5f828152600160205260409081902081516101e081019092526008810154909190819060ff16600a81111561081e5761081e613c74565b81526020018260080160019054906101000a900460ff16600481111561084657610846613c74565b81526020018260080160029054906101000a900460ff16600281111561086e5761086e613c74565b8152600883015460ff6301000000820481161515602084015263ffffffff640100000000830481166040850152600b8601546001600160401b038082166060870152600160401b8083049094166080870152600160501b8204811660a0870152600160901b820490921660c0860152600160b01b9004811660e0850152600c8601548116610100850152600160801b83048116610120850152600160c01b83048116610140850152910416610160820152600a909201546101809092019190915292915050565b5f8681526001602052604081206008015460ff1690600682600a81111561095e5761095e613c74565b14806109ca575060045f89815260016020526040902060080154610100900460ff16600481111561099157610991613c74565b1480156109ca5750600282600a8111156109ad576109ad613c74565b14806109ca5750600782600a8111156109c8576109c8613c74565b145b90505f6109e689896001856109e0576006611bc3565b86611bc3565b90507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b038116610a305760405163a2a34ef760e01b815260040160405180910390fd5b806001600160a01b031663a1ac40a5610a488461205b565b600b850154600c86015460405160e085901b6001600160e01b0319168152610a9a9392600160b01b90046001600160401b031691600160401b900463ffffffff16908e908e908e908e906004016144f9565b602060405180830381865afa158015610ab5573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610ad99190614540565b601683015550600801805463ff0000ff1916600a1790555050505050505050565b5f610b09858560016002611bc3565b9050610b16818484611f69565b5050505050565b6040805160e0810182525f80825260208201819052818301819052606082018190526080820181905260a0820181905260c08201529051636031c8eb60e01b81527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690636031c8eb90610ba1908790879087906004016146da565b60e060405180830381865afa158015610bbc573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610be0919061479e565b90505b9392505050565b5f610bf98a8a60016005611bc3565b6007810154909150610c1790600160801b900463ffffffff16611e8b565b60ff168614610c3957604051637ca55c7760e01b815260040160405180910390fd5b6002810154610c71610c58610c53368c90038c018c614838565b6120bf565b600b840154600160901b900463ffffffff168a8a611eae565b14610c8f57604051637ca55c7760e01b815260040160405180910390fd5b6040516306c3ed8960e11b81526001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690630d87db1290610cdb908b90600401614980565b602060405180830381865afa158015610cf6573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610d1a919061498f565b610d37576040516305bb030160e31b815260040160405180910390fd5b8760c0013585141580610d5757508060110154610d54868661212b565b14155b15610d7557604051637ca55c7760e01b815260040160405180910390fd5b8760138201610d8482826149d2565b905050610dc48160038661069960088d60a0016020810190610da69190614ca7565b610dba906001600160401b0316600761449f565b6105f49190614cd6565b6106a9818484611f69565b604051638dd2e43f60e01b81525f906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690638dd2e43f90610e1f9086908690600401614ce9565b602060405180830381865afa158015610e3a573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610e5e9190614d0f565b90505b92915050565b5f610e7588885f6003611bc3565b905060046008820154610100900460ff166004811115610e9757610e97613c74565b14610eb557604051631e5acc5f60e31b815260040160405180910390fd5b600c81015463ffffffff600160401b909104811690871603610eea57604051637ca55c7760e01b815260040160405180910390fd5b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b038116610f325760405163a2a34ef760e01b815260040160405180910390fd5b806001600160a01b031663a1ac40a5610f4a8461205b565b600b85015460405160e084901b6001600160e01b0319168152610f8b9291600160b01b90046001600160401b0316908c908c908c908c908c906004016144f9565b602060405180830381865afa158015610fa6573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610fca9190614540565b601683015550600b8101805469ff0000000000000000001916600160481b179055600801805463ff0000ff1916630100000a17905550505050505050565b5f611017858560016007611bc3565b600b810154604051636031c8eb60e01b81529192505f916001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001691636031c8eb916110849160138701916001600160401b03600160b01b83048116921690600401614e30565b60e060405180830381865afa15801561109f573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906110c3919061479e565b600a8301549091505f6110d582612136565b9050816110e28483612142565b146110fc576110f388856002611b4b565b5050505061057a565b5f61111685856020015186606001518760a001518b6121d5565b90505f61113286866040015187608001518860c001518b6121d5565b90505f611143865f01518484612351565b905061116b8b888663ffffffff168463ffffffff1614611164576002611b4b565b6001611b4b565b5050505050505050505050565b5f806111876020840184614e53565b6001600160a01b031614806111b357505f6111a86040840160208501614e53565b6001600160a01b0316145b806111ea57506111c96040830160208401614e53565b6001600160a01b03166111df6020840184614e53565b6001600160a01b0316145b8061120d575061120261012083016101008401614ca7565b6001600160401b0316155b8061122d575061122561014083016101208401614e6e565b63ffffffff16155b80611250575061124561018083016101608401614ca7565b6001600160401b0316155b8061126d575061126861016083016101408401614e89565b60ff16155b1561128a5760405162de0e3560e11b815260040160405180910390fd5b5f5f815461129790614ea4565b91829055505f81815260016020526040902090915082816112b88282614ee8565b50506009810180546001600160a01b031916331790556008810180546001600160401b034216600160401b026fffffffffffffffff00000000ff0000ff1990911617630100000117905561131461018084016101608501614ca7565b6008820180546001600160401b0392909216600160801b0267ffffffffffffffff60801b1990921691909117905561135461018084016101608501614ca7565b6008820180546001600160401b0392909216600160c01b026001600160c01b0390921691909117905533827f58a5aab4fa01bfbdc74f179a01ed419cff11397eaff73344aec9e87349af962c6113ad6020870187614e53565b6113bd6040880160208901614e53565b604080516001600160a01b0393841681529290911660208301520160405180910390a350919050565b5f6113f5898960016006611bc3565b600c8101549091505f90611411906001600160401b0316611e8b565b905060ff8116851415806114555750600c8201548890611452908990611442906001906001600160401b03166144b2565b6001600160401b03168989611eae565b14155b1561147357604051637ca55c7760e01b815260040160405180910390fd5b600c820154600160401b900463ffffffff1661148e88612136565b63ffffffff16146114b257604051637ca55c7760e01b815260040160405180910390fd5b6012820188905561069e8260048a84611efe565b5f6114d488885f6003611bc3565b600b8101549091505f9060ff7f00000000000000000000000000000000000000000000000000000000000000008116600160401b9092041610611537577f0000000000000000000000000000000000000000000000000000000000000000611547565b600b820154600160401b900460ff165b905060ff811684141580611560575060ff811686901c15155b1561157e576040516350e056af60e11b815260040160405180910390fd5b81600a01546115a9888888888660ff1688600b0160089054906101000a900460ff1660ff1614612464565b146115c7576040516350e056af60e11b815260040160405180910390fd5b600a8201879055600b8201805467ffffffffffffffff1981166001600160401b0391821660ff8581169190911b8a1790921617808355839291600891611616918591600160401b90041661500e565b82546101009290920a60ff818102199093169183160217909155600b840154600160401b90041615905061165e5750600801805463ff0000ff19166301000002179055611669565b6107618983856124ec565b50505050505050565b5f611681848460016008611bc3565b600b8101549091506001600160401b03165f8181036116c5576116ba83608086013560a08701356116b560c0890189615027565b6128d9565b5060a083013561188b565b6007830154600160a01b900460ff166116e16020860186615027565b90501461170157604051637ca55c7760e01b815260040160405180910390fd5b600383015461172785356001600160401b0385166117226020890189615027565b611eae565b1461174557604051637ca55c7760e01b815260040160405180910390fd5b83355f036117d0576007830154600160a01b900460ff166117696060860186615027565b90501461178957604051637ca55c7760e01b815260040160405180910390fd5b600e8301546117ad60408601356001600160401b0385166117226060890189615027565b146117cb57604051637ca55c7760e01b815260040160405180910390fd5b611884565b5f6117dd6001863561506c565b6007850154909150600160801b900463ffffffff168110158061182b5750600784015461181690600160801b900463ffffffff16611e8b565b60ff166118266060870187615027565b905014155b1561184957604051637ca55c7760e01b815260040160405180910390fd5b601084015461186460408701358361172260608a018a615027565b1461188257604051637ca55c7760e01b815260040160405180910390fd5b505b5060408301355b6118a2868485600a01548414611164576002611b4b565b505050505050565b5f868152600160205260408120600b0154600160481b900460ff16906118d3888884600a611bc3565b9050806016015486866040516118ea92919061507f565b604051809103902014158061191257508461190f6001600160401b038616600461508e565b10155b1561193057604051637ca55c7760e01b815260040160405180910390fd5b5f5f61193c838761294a565b915091506119548888886001600160401b0316612a10565b63ffffffff1661196884600185858a6121d5565b63ffffffff160361198c57604051637ca55c7760e01b815260040160405180910390fd5b6106a98a8486611164576002611b4b565b5f610e61610c5336849003840184614838565b5f6119be83835f6003611bc3565b905060016008820154610100900460ff1660048111156119e0576119e0613c74565b1415806119f95750600b8101546001600160401b031615155b80611a3057506007810154611a1a90600160801b900463ffffffff16611e8b565b600b820154600160401b900460ff908116911614155b15611a4e57604051635396738360e01b815260040160405180910390fd5b600f8101546007820154611a7191839160029190600160a01b900460ff16611efe565b600801805463ff000000191663010000001790555050565b5f81815260016020526040812090600882015460ff16600a811115611ab057611ab0613c74565b03611ad1576040516365450a8960e01b81526004810183905260240161052a565b5f600882015462010000900460ff166002811115611af157611af1613c74565b14611b1257604051633496ed1560e01b81526004810183905260240161052a565b919050565b6040517f48a7d77a290c1c992e09d877815d79cab4d6ebd646cb5a927987e3f7dae5b5e790365f82373383833684a3505050565b60088201805482919062ff0000191662010000836002811115611b7057611b70613c74565b021790555060088201805460ff1916600917905560405183907f8a1c7850cb95b6648c597d19ad5a66ce32698f83f344546e66f4229ce5dacff990611bb6908490613c9c565b60405180910390a2505050565b5f611bcd85611a89565b600881015490915063ffffffff8581166401000000009092041614611c235760088101546040516367c5cfd560e01b815264010000000090910463ffffffff90811660048301528516602482015260440161052a565b600881015460ff6301000000909104161515831515141580611c7a575082611c585760018101546001600160a01b0316611c64565b80546001600160a01b03165b6001600160a01b0316336001600160a01b031614155b15611c9a576040516349f5ad1160e01b815233600482015260240161052a565b81600a811115611cac57611cac613c74565b600882015460ff16600a811115611cc557611cc5613c74565b14611cf05760088101546040516305fb5e1b60e01b815261052a91849160ff909116906004016150a5565b60088101545f90611d1190600160401b90046001600160401b0316426144b2565b90508315611da15760088201546001600160401b03600160801b90910481169082161115611d52576040516328dedbb960e21b815260040160405180910390fd5b808260080160108282829054906101000a90046001600160401b0316611d7891906144b2565b92506101000a8154816001600160401b0302191690836001600160401b03160217905550611e25565b60088201546001600160401b03600160c01b90910481169082161115611dda576040516328dedbb960e21b815260040160405180910390fd5b808260080160188282829054906101000a90046001600160401b0316611e0091906144b2565b92506101000a8154816001600160401b0302191690836001600160401b031602179055505b60088201805467ffffffffffffffff60401b1916600160401b426001600160401b031602179055611e578560016150c0565b8260080160046101000a81548163ffffffff021916908363ffffffff160217905550611e8286611b17565b50949350505050565b5f5b818160ff166001901b1015611b125780611ea6816150dc565b915050611e8d565b5f61010082108015611ec1575083821c15155b15611ee95760405163177e5bcb60e01b8152600481018590526024810183905260440161052a565b611ef585858585612a56565b95945050505050565b60088401805484919061ff001916610100836004811115611f2157611f21613c74565b0217905550600a8401829055600b8401805468ffffffffffffffffff1916600160401b60ff8416021790556008840180546002919060ff19166001835b021790555050505050565b600b8301545f9060ff7f00000000000000000000000000000000000000000000000000000000000000008116600160401b9092041610611fc9577f0000000000000000000000000000000000000000000000000000000000000000611fd9565b600b840154600160401b900460ff165b9050600160ff82161b8214612001576040516301011fe960e71b815260040160405180910390fd5b600a840154600b850154612027908590859060ff868116600160401b9092041614612afc565b14612045576040516301011fe960e71b815260040160405180910390fd5b505050600801805463ff0000ff19166003179055565b60138101545f9060ff811664ffffffff00610100830460081b161768ffffffff000000000065010000000000830460281b161763ffffffff60481b600160481b830460481b161763ffffffff60681b600160681b90920460681b9190911617610e61565b5f6002826040516020016120d391906150fa565b60408051601f19818403018152908290526120ed9161527d565b602060405180830381855afa158015612108573d5f5f3e3d5ffd5b5050506040513d601f19601f82011682018060405250810190610e619190614540565b5f610e5e8383612cb8565b5f610e61826010612cf1565b5f5f606061214f84612d1f565b63ffffffff16901b60806121668660c00151612d1f565b63ffffffff16901b60a061217d8760a00151612d1f565b63ffffffff16901b60d8876080015160ff16901b60e0886060015160ff16901b60e8896040015160ff16901b60f08a6020015160ff16901b60f88b5f015160ff16901b171717171717179050805f1b91505092915050565b5f60ff85166121e5575081611ef5565b60021960ff8616016121f857505f611ef5565b60011960ff8616016122b857600b8601546001600160401b031663ffffffff841610158061224d5750600c860154612238906001600160401b0316611e8b565b60ff166122486020840184615027565b905014155b1561226b57604051637ca55c7760e01b815260040160405180910390fd5b6012860154612289833563ffffffff86166117226020870187615027565b146122a757604051637ca55c7760e01b815260040160405180910390fd5b6122b18235612136565b9050611ef5565b5f6122c4878685612d5f565b90505f6122ed60c08501356122da600888615293565b63ffffffff1661172260e0880188615027565b9050816122fe8560a001358361212b565b1461231c57604051637ca55c7760e01b815260040160405180910390fd5b61234560c085013561232f6008886152ba565b61233a9060046152e1565b63ffffffff16612cf1565b98975050505050505050565b5f5f1960ff85160161236e576123678383612f06565b9050610be3565b60021960ff8516016123845761236783836130f2565b60011960ff85160161239a576123678383613202565b60051960ff8516016123b0576123678383613213565b60031960ff8516016123c6576123678383613269565b60071960ff8516016123dc5761236783836133be565b60061960ff8516016123f2576123678383613412565b60041960ff8516016124075761236783613461565b60081960ff85160161241c5761236783613519565b60091960ff85160161243157612367836135aa565b600a1960ff8516016124465761236783613613565b604051633e920abf60e21b815260ff8516600482015260240161052a565b5f8115612477576122b186868686612a56565b50845f5b838110156124e257600186821c8116146124b6576124b1828686848181106124a5576124a5615300565b9050602002013561366f565b6124d8565b6124d88585838181106124cb576124cb615300565b905060200201358361366f565b915060010161247b565b5095945050505050565b600882018054630100000063ff00000019821617909155610100900460ff165f81600481111561251e5761251e613c74565b036125d257600b8301546001600160401b03165f81900361255657610b168585865f016005015487600a015414611164576002611b4b565b60078401546001600160401b03600160401b9091048116908216111561258557610b16858586600a0154613695565b600b8401805467ffffffffffffffff60501b1916600160501b6001600160401b03841602179055600a840154600f8501556008840180546004919060ff191660018302179055505061057a565b60018160048111156125e6576125e6613c74565b0361266a576007830154600b840154600160801b90910463ffffffff166001600160401b03909116106126225761057a848485600a0154613695565b600b8301805463ffffffff8116600160901b0263ffffffff60901b19909116179055600a83015460118401556008830180546005919060ff19166001835b021790555061057a565b600281600481111561267e5761267e613c74565b03612696576008838101805460ff1916600183612660565b60038160048111156126aa576126aa613c74565b036128985760088260ff16106126d3576040516350e056af60e11b815260040160405180910390fd5b600b8301545f9060ff8416906126f3906001600160401b03166008615314565b6126fd9190614480565b90505f61271d85600a01548560ff166004612718919061508e565b612cf1565b600b8601805467ffffffffffffffff60b01b1916600160b01b6001600160401b0386811691820292909217909255600c880180546bffffffff00000000000000001916600160401b63ffffffff8616021790556013880154929350600160881b909204909116116127a0576118a2868663ffffffff841615611164576002611b4b565b604051638dd2e43f60e01b81525f906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690638dd2e43f906127f39060138a01908790600401615336565b602060405180830381865afa15801561280e573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906128329190614d0f565b9050806001600160401b03165f0361285c57611669878763ffffffff851615611164576002611b4b565b600c8601805467ffffffffffffffff19166001600160401b0383161790556008860180546006919060ff1916600183021790555050505061057a565b600c830154600b8401546001600160401b039182169116106128c35761057a848485600a0154613695565b6008830180546007919060ff1916600183611f5e565b600b85015460078601545f91600191612905916001600160401b03600160501b9091048116911661449f565b61290f919061506c565b600487015490915061292c61292487876136ac565b838686611eae565b146118a257604051637ca55c7760e01b815260040160405180910390fd5b5f5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316638060cc916129848661205b565b600b87015460405160e084901b6001600160e01b03191681526004810192909252600160b01b90046001600160401b039081166024830152861660448201526064016040805180830381865afa1580156129e0573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612a049190615345565b915091505b9250929050565b5f8383612a1e84600461508e565b90612a2a85600461508e565b612a3590600461449f565b92612a4293929190615372565b612a4b91615399565b60e01c949350505050565b5f6040515f815385600182015260205f60218360025afa612a7e5763832d99055f526004601cfd5b5f519150838360051b8101600183535b80821015612af157600187168015612ab25782356001850152846021850152612ac0565b846001850152823560218501525b5060205f60418560025afa612adc5763832d99055f526004601cfd5b5f5193508660011c9650602082019150612a8e565b505050949350505050565b5f82801580612b165750612b1160018261506c565b811615155b15612b3757604051636d19f66360e11b81526004810182905260240161052a565b5f816001600160401b03811115612b5057612b50614711565b604051908082528060200260200182016040528015612b79578160200160208202803683370190505b5090505f5b82811015612bef5784612ba957868682818110612b9d57612b9d615300565b90506020020135612bca565b612bca878783818110612bbe57612bbe615300565b90506020020135613727565b828281518110612bdc57612bdc615300565b6020908102919091010152600101612b7e565b505b6001821115612c935760019190911c905f5b82811015612c8d57612c6882612c1a83600261508e565b81518110612c2a57612c2a615300565b602002602001015183836002612c40919061508e565b612c4b90600161449f565b81518110612c5b57612c5b615300565b602002602001015161366f565b828281518110612c7a57612c7a615300565b6020908102919091010152600101612c03565b50612bf1565b805f81518110612ca557612ca5615300565b6020026020010151925050509392505050565b5f6040516002815383600182015282602182015260205f60418360025afa612ce75763832d99055f526004601cfd5b50505f5192915050565b5f80612cfe83601c61506c565b612d0990600861508e565b84901c9050612d1781612d1f565b949350505050565b5f60188263ffffffff16901b60088363ffffffff16901b62ff00001660088463ffffffff16901c61ff001660188563ffffffff16901c1717179050919050565b5f5f5f612d6f866013018661374f565b90925090505f1960ff831601612e06576007860154600160a01b900460ff16612d9b6020860186615027565b905014612dbb57604051637ca55c7760e01b815260040160405180910390fd5b600e860154612de38535612dd663ffffffff8516600161449f565b6117226020890189615027565b14612e0157604051637ca55c7760e01b815260040160405180910390fd5b612efb565b60011960ff831601612e4b57612e2d86604086013560608701356116b56080890189615027565b6040840135612de3853563ffffffff84166117226020890189615027565b60021960ff831601612ee257600b86015463ffffffff600160901b9091048116908216101580612ea657506007860154612e9190600160801b900463ffffffff16611e8b565b60ff16612ea16020860186615027565b905014155b15612ec457604051637ca55c7760e01b815260040160405180910390fd5b6010860154612de3853563ffffffff84166117226020890189615027565b6040516305bb030160e31b815260040160405180910390fd5b505090359392505050565b5f637fffffff838116908316637f80000082101580612f2f5750637f80000063ffffffff821610155b15612fc257637f80000063ffffffff83161180612f555750637f80000063ffffffff8216115b15612f6857637fc0000092505050610e61565b637f7fffff1963ffffffff831601612fb85763ffffffff8116637f800000148015612f9f57508363ffffffff168563ffffffff1614155b612fa95784612faf565b637fc000005b92505050610e61565b8392505050610e61565b8063ffffffff165f03612fec5763ffffffff821615612fe15784612faf565b505050818116610e61565b8163ffffffff165f03613003578392505050610e61565b5f5f61300e84613843565b915091505f5f61301d85613843565b915091505f81841261305957818403604081111561304b57604086901b955060019350604085039150613053565b94851b948291505b50613085565b838203604081111561307b57604084901b935060019550604083039150613083565b92831b928491505b505b63800000008a8116908a1681036130b2576130a38183868901613878565b98505050505050505050610e61565b838611156130c7576130a38183868903613878565b858411156130e2576130a363800000008b1683888703613878565b505f9a9950505050505050505050565b5f828218638000000016637fffffff808516908416637f8000008211806131225750637f80000063ffffffff8216115b1561313657637fc000009350505050610e61565b637f7fffff1963ffffffff8316016131705763ffffffff81161561316057637f8000008317613166565b637fc000005b9350505050610e61565b637f7fffff1963ffffffff82160161319a5763ffffffff82161561316057637f8000008317613166565b63ffffffff821615806131b1575063ffffffff8116155b156131c157829350505050610e61565b5f5f6131cc84613843565b915091505f5f6131db85613843565b915091506131f48763ffffffff16828501848702613878565b9a9950505050505050505050565b5f610e5e8363800000008418612f06565b5f637f800000637fffffff841611806132355750637f800000637fffffff8316115b156132455750637fc00000610e61565b61324e82613922565b61325784613922565b116132625781610e5e565b5090919050565b5f828218638000000016637fffffff808516908416637f8000008211806132995750637f80000063ffffffff8216115b156132ad57637fc000009350505050610e61565b637f7fffff1963ffffffff8316016132dc5763ffffffff8116637f8000001461316057637f8000008317613166565b637f7fffff1963ffffffff8216016132f957829350505050610e61565b8063ffffffff165f0361331e5763ffffffff82161561316057637f8000008317613166565b8163ffffffff165f0361333657829350505050610e61565b5f5f61334184613843565b915091505f5f61335085613843565b9092509050604084901b5f83828161336a5761336a614cc2565b0490505f84838161337d5761337d614cc2565b061561338a57600161338c565b5f5b60ff1690506133ad8a63ffffffff1660418689030383600186901b17613878565b9d9c50505050505050505050505050565b5f637f800000637fffffff841611156133dc5750637fc00000610e61565b638000000083161580156133f5575063ffffffff831615155b1561340a5761340382613951565b9050610e61565b505f92915050565b5f637f800000637fffffff841611806134345750637f800000637fffffff8316115b156134445750637fc00000610e61565b61344d82613922565b61345684613922565b106132625781610e5e565b5f637fffffff82168103613473575090565b637f80000063ffffffff831611156134905750637fc00000919050565b637f7fffff1963ffffffff8316016134a6575090565b5f5f6134b184613843565b91509150806001165f146134ca5760019190911b905f19015b605082901b5f6134d982613974565b90505f82828302146134ec5760016134ee565b5f5b60ff16905061350e5f60016002604f198801050383600186901b17613878565b979650505050505050565b5f637f800000637fffffff831611156135375750637fc00000919050565b5f63800000008316810361356f576342fe00008363ffffffff16101561356557613560836139cc565b613568565b607f5b905061359e565b6342fc0000637fffffff8416101561359757613590637fffffff84166139cc565b5f0361359b565b607d195b90505b607f0160171b92915050565b5f637fffffff821681036135c3575063ff800000919050565b637f80000063ffffffff831611156135e05750637fc00000919050565b637f7fffff1963ffffffff8316016135fd5750637f800000919050565b5f61360783613a0c565b915050610be381613a7e565b5f637fffffff82161580613630575063ffffffff8216637f800000145b156136405750633f800000919050565b637f80000063ffffffff8316111561365d5750637fc00000919050565b5f61366783613a0c565b509392505050565b5f6040516001815383600182015282602182015260205f60418360025afa612ce7575f5ffd5b6136a783838315611164576002611b4b565b505050565b604051600160fa1b602082015260218101839052604181018290525f9060029060610160408051601f19818403018152908290526136e99161527d565b602060405180830381855afa158015613704573d5f5f3e3d5ffd5b5050506040513d601f19601f82011682018060405250810190610e5e9190614540565b5f6040515f815382600182015260205f60218360025afa613746575f5ffd5b50505f51919050565b5f5f8260ff165f03613777575050600282015460ff811690610100900463ffffffff16612a09565b8260ff166001036137ab575050600282015465010000000000810460ff16906601000000000000900463ffffffff16612a09565b8260ff166002036137da5750506002820154600160501b810460ff1690600160581b900463ffffffff16612a09565b8260ff166003036138095750506002820154600160781b810460ff1690600160801b900463ffffffff16612a09565b8260ff166004036138385750506002820154600160a01b810460ff1690600160a81b900463ffffffff16612a09565b505f93849350915050565b627fffff81165f60ff601784901c16808203613863576094199150613872565b62800000831792506096810391505b50915091565b5f815f03613887575082610be3565b811e60e88190036094198590038112156138a357846094190390505b5f5f8213156138ef575083811c815f19600180831b820188169183011b808211806138db575080821480156138db5750836001166001145b156138e7578360010193505b5050506138f8565b815f0385901b90505b60958683010160171b8101637f80000081106139155750637f8000005b9096179695505050505050565b5f638000000082161561394157637fffffff8216638000000003610e61565b5063ffffffff1663800000000190565b5f637f800000637fffffff8316116139695781610e61565b637fc0000092915050565b6001811e610101819003821c82901b915f9083858161399557613995614cc2565b048401901c90505b828110156139c55780925060018385816139b9576139b9614cc2565b048401901c905061399d565b5050919050565b5f6101ff601783901c16607f8110156139e757505f92915050565b8060960383627fffff16628000001763ffffffff16901c63ffffffff16915050919050565b5f80627fffff83166101ff601785901c168203613a425760e8811e607d1981900391909101925060e719011b627fffff16613a52565b607e196101ff601786901c160191505b633f80000081179250633fb504f363ffffffff84161061387257633f0000001793600190910192509050565b5f5f821215613a9857610e6163800000005f848103613878565b610e615f5f84613878565b5f60208284031215613ab3575f5ffd5b5035919050565b63ffffffff81168114613acb575f5ffd5b50565b8035611b1281613aba565b5f5f60408385031215613aea575f5ffd5b823591506020830135613afc81613aba565b809150509250929050565b5f5f83601f840112613b17575f5ffd5b5081356001600160401b03811115613b2d575f5ffd5b6020830191508360208260051b8501011115612a09575f5ffd5b5f5f5f5f5f5f5f5f60c0898b031215613b5e575f5ffd5b883597506020890135613b7081613aba565b96506040890135955060608901356001600160401b03811115613b91575f5ffd5b613b9d8b828c01613b07565b9096509450506080890135925060a08901356001600160401b03811115613bc2575f5ffd5b613bce8b828c01613b07565b999c989b5096995094979396929594505050565b5f5f5f5f5f5f5f60a0888a031215613bf8575f5ffd5b873596506020880135613c0a81613aba565b95506040880135945060608801356001600160401b03811115613c2b575f5ffd5b613c378a828b01613b07565b90955093505060808801356001600160401b03811115613c55575f5ffd5b613c618a828b01613b07565b989b979a50959850939692959293505050565b634e487b7160e01b5f52602160045260245ffd5b60038110613c9857613c98613c74565b9052565b60208101610e618284613c88565b600b8110613c9857613c98613c74565b60058110613c9857613c98613c74565b5f6101e082019050613cdd828451613caa565b6020830151613cef6020840182613cba565b506040830151613d026040840182613c88565b506060830151613d16606084018215159052565b506080830151613d2e608084018263ffffffff169052565b5060a0830151613d4960a08401826001600160401b03169052565b5060c0830151613d5e60c084018260ff169052565b5060e0830151613d7960e08401826001600160401b03169052565b50610100830151613d9361010084018263ffffffff169052565b50610120830151613db06101208401826001600160401b03169052565b50610140830151613dcd6101408401826001600160401b03169052565b50610160830151613dea6101608401826001600160401b03169052565b50610180830151613e076101808401826001600160401b03169052565b506101a0830151613e246101a08401826001600160401b03169052565b506101c092830151919092015290565b5f5f83601f840112613e44575f5ffd5b5081356001600160401b03811115613e5a575f5ffd5b602083019150836020828501011115612a09575f5ffd5b5f5f5f5f5f5f60808789031215613e86575f5ffd5b863595506020870135613e9881613aba565b945060408701356001600160401b03811115613eb2575f5ffd5b613ebe89828a01613e34565b90955093505060608701356001600160401b03811115613edc575f5ffd5b613ee889828a01613e34565b979a9699509497509295939492505050565b5f5f5f5f60608587031215613f0d575f5ffd5b843593506020850135613f1f81613aba565b925060408501356001600160401b03811115613f39575f5ffd5b613f4587828801613b07565b95989497509550505050565b5f6102208284031215613f62575f5ffd5b50919050565b6001600160401b0381168114613acb575f5ffd5b8035611b1281613f68565b5f5f5f6102608486031215613f9a575f5ffd5b613fa48585613f51565b9250610220840135613fb581613f68565b9150610240840135613fc681613f68565b809150509250925092565b5f60e08201905060ff835116825260ff602084015116602083015260ff604084015116604083015260ff606084015116606083015260ff608084015116608083015260a083015161402a60a084018263ffffffff169052565b5060c083015161404260c084018263ffffffff169052565b5092915050565b5f5f5f5f5f5f5f5f5f6102e08a8c031215614062575f5ffd5b8935985060208a013561407481613aba565b97506140838b60408c01613f51565b96506102608a01356001600160401b0381111561409e575f5ffd5b6140aa8c828d01613b07565b9097509550506102808a013593506102a08a013592506102c08a01356001600160401b038111156140d9575f5ffd5b6140e58c828d01613b07565b915080935050809150509295985092959850929598565b5f5f610240838503121561410e575f5ffd5b6141188484613f51565b9150610220830135613afc81613f68565b5f5f5f5f5f5f5f60a0888a03121561413f575f5ffd5b87359650602088013561415181613aba565b9550604088013561416181613aba565b945060608801356001600160401b0381111561417b575f5ffd5b6141878a828b01613e34565b90955093505060808801356001600160401b038111156141a5575f5ffd5b613c618a828b01613e34565b5f6101008284031215613f62575f5ffd5b5f5f5f5f608085870312156141d5575f5ffd5b8435935060208501356141e781613aba565b925060408501356001600160401b03811115614201575f5ffd5b61420d878288016141b1565b92505060608501356001600160401b03811115614228575f5ffd5b614234878288016141b1565b91505092959194509250565b5f610180828403128015614252575f5ffd5b509092915050565b5f5f5f5f5f5f5f5f60c0898b031215614271575f5ffd5b88359750602089013561428381613aba565b9650604089013595506060890135945060808901356001600160401b038111156142ab575f5ffd5b6142b78b828c01613b07565b90955093505060a08901356001600160401b03811115613bc2575f5ffd5b60ff81168114613acb575f5ffd5b8035611b12816142d5565b5f5f5f5f5f5f5f60c0888a031215614304575f5ffd5b87359650602088013561431681613aba565b9550604088013594506060880135935060808801356001600160401b0381111561433e575f5ffd5b61434a8a828b01613b07565b90945092505060a088013561435e816142d5565b8091505092959891949750929550565b5f5f5f60608486031215614380575f5ffd5b83359250602084013561439281613aba565b915060408401356001600160401b038111156143ac575f5ffd5b840160e08187031215613fc6575f5ffd5b5f5f5f5f5f5f60a087890312156143d2575f5ffd5b8635955060208701356143e481613aba565b945060408701356001600160401b038111156143fe575f5ffd5b61440a89828a01613e34565b909550935050606087013561441e81613f68565b915060808701356001600160401b03811115614438575f5ffd5b61444489828a016141b1565b9150509295509295509295565b5f6102208284031215614462575f5ffd5b610e5e8383613f51565b634e487b7160e01b5f52601160045260245ffd5b6001600160401b038181168382160190811115610e6157610e6161446c565b80820180821115610e6157610e6161446c565b6001600160401b038281168282160390811115610e6157610e6161446c565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b8781526001600160401b038716602082015263ffffffff8616604082015260a060608201525f61452d60a0830186886144d1565b82810360808401526131f48185876144d1565b5f60208284031215614550575f5ffd5b5051919050565b61456b82614564836142e3565b60ff169052565b61457760208201613ace565b63ffffffff16602083015261458e60408201613ace565b63ffffffff1660408301526145a560608201613ace565b63ffffffff1660608301526145bc60808201613ace565b63ffffffff1660808301526145d360a08201613f7c565b6001600160401b031660a083015260c081810135908301526145f760e082016142e3565b60ff1660e083015261460c6101008201613ace565b63ffffffff1661010083015261462561012082016142e3565b60ff1661012083015261463b6101408201613ace565b63ffffffff1661014083015261465461016082016142e3565b60ff1661016083015261466a6101808201613ace565b63ffffffff166101808301526146836101a082016142e3565b60ff166101a08301526146996101c08201613ace565b63ffffffff166101c08301526146b26101e082016142e3565b60ff166101e08301526146c86102008201613ace565b63ffffffff8116610200840152505050565b61026081016146e98286614557565b6001600160401b0384166102208301526001600160401b038316610240830152949350505050565b634e487b7160e01b5f52604160045260245ffd5b60405160e081016001600160401b038111828210171561475357634e487b7160e01b5f52604160045260245ffd5b60405290565b60405161022081016001600160401b038111828210171561475357634e487b7160e01b5f52604160045260245ffd5b8051611b12816142d5565b8051611b1281613aba565b5f60e08284031280156147af575f5ffd5b506147b8614725565b82516147c3816142d5565b815260208301516147d3816142d5565b602082015260408301516147e6816142d5565b604082015260608301516147f9816142d5565b606082015261480a60808401614788565b608082015261481b60a08401614793565b60a082015261482c60c08401614793565b60c08201529392505050565b5f61022082840312801561484a575f5ffd5b50614853614759565b61485c836142e3565b815261486a60208401613ace565b602082015261487b60408401613ace565b604082015261488c60608401613ace565b606082015261489d60808401613ace565b60808201526148ae60a08401613f7c565b60a082015260c083810135908201526148c960e084016142e3565b60e08201526148db6101008401613ace565b6101008201526148ee61012084016142e3565b6101208201526149016101408401613ace565b61014082015261491461016084016142e3565b6101608201526149276101808401613ace565b61018082015261493a6101a084016142e3565b6101a082015261494d6101c08401613ace565b6101c08201526149606101e084016142e3565b6101e08201526149736102008401613ace565b6102008201529392505050565b6102208101610e618284614557565b5f6020828403121561499f575f5ffd5b81518015158114610be3575f5ffd5b5f8135610e61816142d5565b5f8135610e6181613aba565b5f8135610e6181613f68565b6149ef6149de836149ae565b825460ff191660ff91909116178255565b614a1a6149fe602084016149ba565b825464ffffffff00191660089190911b64ffffffff0016178255565b614a4d614a29604084016149ba565b825468ffffffff0000000000191660289190911b68ffffffff000000000016178255565b614a82614a5c606084016149ba565b82546cffffffff000000000000000000191660489190911b63ffffffff60481b16178255565b614ab5614a91608084016149ba565b82805463ffffffff60681b191660689290921b63ffffffff60681b16919091179055565b614af0614ac460a084016149c6565b82805467ffffffffffffffff60881b191660889290921b67ffffffffffffffff60881b16919091179055565b60c0820135600182015560028101614b0d6149de60e085016149ae565b614b1d6149fe61010085016149ba565b614b4b614b2d61012085016149ae565b825465ff0000000000191660289190911b65ff000000000016178255565b614b81614b5b61014085016149ba565b825469ffffffff000000000000191660309190911b69ffffffff00000000000016178255565b614baf614b9161016085016149ae565b82805460ff60501b191660509290921b60ff60501b16919091179055565b614be3614bbf61018085016149ba565b82805463ffffffff60581b191660589290921b63ffffffff60581b16919091179055565b614c11614bf36101a085016149ae565b82805460ff60781b191660789290921b60ff60781b16919091179055565b614c45614c216101c085016149ba565b82805463ffffffff60801b191660809290921b63ffffffff60801b16919091179055565b614c73614c556101e085016149ae565b82805460ff60a01b191660a09290921b60ff60a01b16919091179055565b6136a7614c8361020085016149ba565b82805463ffffffff60a81b191660a89290921b63ffffffff60a81b16919091179055565b5f60208284031215614cb7575f5ffd5b8135610be381613f68565b634e487b7160e01b5f52601260045260245ffd5b5f82614ce457614ce4614cc2565b500490565b6102408101614cf88285614557565b6001600160401b0383166102208301529392505050565b5f60208284031215614d1f575f5ffd5b8151610be381613f68565b805460ff81168352600881901c63ffffffff166020840152602881901c63ffffffff166040840152604881901c63ffffffff166060840152606881901c63ffffffff166080840152608881901c6001600160401b031660a084015250600181015460c0830152600281015460ff811660e0840152600881901c63ffffffff16610100840152602881901c60ff16610120840152603081901c63ffffffff16610140840152605081901c60ff16610160840152605881901c63ffffffff16610180840152607881901c60ff166101a0840152608081901c63ffffffff166101c084015260a081901c60ff166101e084015260a881901c63ffffffff16610200840152505050565b61026081016146e98286614d2a565b6001600160a01b0381168114613acb575f5ffd5b5f60208284031215614e63575f5ffd5b8135610be381614e3f565b5f60208284031215614e7e575f5ffd5b8135610be381613aba565b5f60208284031215614e99575f5ffd5b8135610be3816142d5565b5f60018201614eb557614eb561446c565b5060010190565b5f8135610e6181614e3f565b80546001600160a01b0319166001600160a01b0392909216919091179055565b614efa614ef483614ebc565b82614ec8565b614f12614f0960208401614ebc565b60018301614ec8565b60408201356002820155606082013560038201556080820135600482015560a0820135600582015560c0820135600682015560078101614f75614f5760e085016149c6565b825467ffffffffffffffff19166001600160401b0391909116178255565b614fb2614f8561010085016149c6565b825467ffffffffffffffff60401b191660409190911b6fffffffffffffffff000000000000000016178255565b614fc2614c2161012085016149ba565b614fd2614c5561014085016149ae565b6136a7614fe261016085016149c6565b82805467ffffffffffffffff60a81b191660a89290921b67ffffffffffffffff60a81b16919091179055565b60ff8281168282160390811115610e6157610e6161446c565b5f5f8335601e1984360301811261503c575f5ffd5b8301803591506001600160401b03821115615055575f5ffd5b6020019150600581901b3603821315612a09575f5ffd5b81810381811115610e6157610e6161446c565b818382375f9101908152919050565b8082028115828204841417610e6157610e6161446c565b604081016150b38285613caa565b610be36020830184613caa565b63ffffffff8181168382160190811115610e6157610e6161446c565b5f60ff821660ff81036150f1576150f161446c565b60010192915050565b815160ff1681526102208101602083015161511d602084018263ffffffff169052565b506040830151615135604084018263ffffffff169052565b50606083015161514d606084018263ffffffff169052565b506080830151615165608084018263ffffffff169052565b5060a083015161518060a08401826001600160401b03169052565b5060c083015160c083015260e083015161519f60e084018260ff169052565b506101008301516151b961010084018263ffffffff169052565b506101208301516151d061012084018260ff169052565b506101408301516151ea61014084018263ffffffff169052565b5061016083015161520161016084018260ff169052565b5061018083015161521b61018084018263ffffffff169052565b506101a08301516152326101a084018260ff169052565b506101c083015161524c6101c084018263ffffffff169052565b506101e08301516152636101e084018260ff169052565b5061020083015161404261020084018263ffffffff169052565b5f82518060208501845e5f920191825250919050565b5f63ffffffff8316806152a8576152a8614cc2565b8063ffffffff84160491505092915050565b5f63ffffffff8316806152cf576152cf614cc2565b8063ffffffff84160691505092915050565b63ffffffff81811683821602908116908181146140425761404261446c565b634e487b7160e01b5f52603260045260245ffd5b6001600160401b0381811683821602908116908181146140425761404261446c565b6102408101614cf88285614d2a565b5f5f60408385031215615356575f5ffd5b8251615361816142d5565b6020840151909250613afc81613aba565b5f5f85851115615380575f5ffd5b8386111561538c575f5ffd5b5050820193919092039150565b80356001600160e01b03198116906004841015614042576001600160e01b031960049490940360031b84901b169092169291505056fea2646970667358221220d2e17291cabe5574dcbfb5a0cdf03bd9bc5262af4339b8afbec99854cdc17a8664736f6c63430008250033",
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
// Solidity: constructor(uint8 fanoutBits_, address shapes_, address judge_) returns()
func (pinpointGame *PinpointGame) PackConstructor(fanoutBits_ uint8, shapes_ common.Address, judge_ common.Address) []byte {
	enc, err := pinpointGame.abi.Pack("", fanoutBits_, shapes_, judge_)
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

// PackShapes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x184f9654.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function shapes() view returns(address)
func (pinpointGame *PinpointGame) PackShapes() []byte {
	enc, err := pinpointGame.abi.Pack("shapes")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackShapes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x184f9654.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function shapes() view returns(address)
func (pinpointGame *PinpointGame) TryPackShapes() ([]byte, error) {
	return pinpointGame.abi.Pack("shapes")
}

// UnpackShapes is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x184f9654.
//
// Solidity: function shapes() view returns(address)
func (pinpointGame *PinpointGame) UnpackShapes(data []byte) (common.Address, error) {
	out, err := pinpointGame.abi.Unpack("shapes", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
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
// the contract method with ID 0x6031c8eb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stepShape((uint8,uint32,uint32,uint32,uint32,uint64,bytes32,uint8,uint32,uint8,uint32,uint8,uint32,uint8,uint32,uint8,uint32) d, uint64 e, uint64 i) view returns((uint8,uint8,uint8,uint8,uint8,uint32,uint32))
func (pinpointGame *PinpointGame) PackStepShape(d PinpointShapesNode, e uint64, i uint64) []byte {
	enc, err := pinpointGame.abi.Pack("stepShape", d, e, i)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStepShape is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6031c8eb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stepShape((uint8,uint32,uint32,uint32,uint32,uint64,bytes32,uint8,uint32,uint8,uint32,uint8,uint32,uint8,uint32,uint8,uint32) d, uint64 e, uint64 i) view returns((uint8,uint8,uint8,uint8,uint8,uint32,uint32))
func (pinpointGame *PinpointGame) TryPackStepShape(d PinpointShapesNode, e uint64, i uint64) ([]byte, error) {
	return pinpointGame.abi.Pack("stepShape", d, e, i)
}

// UnpackStepShape is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6031c8eb.
//
// Solidity: function stepShape((uint8,uint32,uint32,uint32,uint32,uint64,bytes32,uint8,uint32,uint8,uint32,uint8,uint32,uint8,uint32,uint8,uint32) d, uint64 e, uint64 i) view returns((uint8,uint8,uint8,uint8,uint8,uint32,uint32))
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
// the contract method with ID 0x8dd2e43f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function traceLength((uint8,uint32,uint32,uint32,uint32,uint64,bytes32,uint8,uint32,uint8,uint32,uint8,uint32,uint8,uint32,uint8,uint32) d, uint64 e) view returns(uint64)
func (pinpointGame *PinpointGame) PackTraceLength(d PinpointShapesNode, e uint64) []byte {
	enc, err := pinpointGame.abi.Pack("traceLength", d, e)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTraceLength is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8dd2e43f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function traceLength((uint8,uint32,uint32,uint32,uint32,uint64,bytes32,uint8,uint32,uint8,uint32,uint8,uint32,uint8,uint32,uint8,uint32) d, uint64 e) view returns(uint64)
func (pinpointGame *PinpointGame) TryPackTraceLength(d PinpointShapesNode, e uint64) ([]byte, error) {
	return pinpointGame.abi.Pack("traceLength", d, e)
}

// UnpackTraceLength is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8dd2e43f.
//
// Solidity: function traceLength((uint8,uint32,uint32,uint32,uint32,uint64,bytes32,uint8,uint32,uint8,uint32,uint8,uint32,uint8,uint32,uint8,uint32) d, uint64 e) view returns(uint64)
func (pinpointGame *PinpointGame) UnpackTraceLength(data []byte) (uint64, error) {
	out, err := pinpointGame.abi.Unpack("traceLength", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
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
