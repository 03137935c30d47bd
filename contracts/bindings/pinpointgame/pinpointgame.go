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
	KindC uint8
	SlotC uint8
	PayC  uint32
}

// PinpointGameMetaData contains all meta data concerning the PinpointGame contract.
var PinpointGameMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"fanoutBits_\",\"type\":\"uint8\"},{\"internalType\":\"contractIPinpointShapes\",\"name\":\"shapes_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"judge_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"BadFrontier\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"}],\"name\":\"BadFrontierSize\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadNode\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadPick\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadProof\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadSetup\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ClockExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"ClockRunning\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"GameOver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"op\",\"type\":\"uint8\"}],\"name\":\"InvalidOp\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"NoGame\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotAtTrace\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotFirstPick\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"NotYourTurn\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pathLength\",\"type\":\"uint256\"}],\"name\":\"ProofIndexTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"want\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"got\",\"type\":\"uint32\"}],\"name\":\"WrongMoveNumber\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumPinpointGame.Phase\",\"name\":\"want\",\"type\":\"uint8\"},{\"internalType\":\"enumPinpointGame.Phase\",\"name\":\"have\",\"type\":\"uint8\"}],\"name\":\"WrongPhase\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZkDisabled\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"Moved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"client\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"}],\"name\":\"Opened\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"enumPinpointGame.Result\",\"name\":\"result\",\"type\":\"uint8\"}],\"name\":\"Resolved\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"mv\",\"type\":\"uint32\"}],\"name\":\"acceptElement\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"clientOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"mv\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"prevState\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"prevProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"frontier\",\"type\":\"bytes32[]\"}],\"name\":\"commitGraph\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"mv\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"lastProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"frontier\",\"type\":\"bytes32[]\"}],\"name\":\"commitSteps\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"mv\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"mapLeaf\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"mapProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"src\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"srcProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"batchRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"nextMeta\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"batchProof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structPinpointGame.AssemblyOpening\",\"name\":\"o\",\"type\":\"tuple\"}],\"name\":\"defendAssembly\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"mv\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"src\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"srcProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"batchRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"nextMeta\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"batchProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"header\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataLeaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"dataProof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structPinpointGame.Opening\",\"name\":\"a\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"src\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"srcProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"batchRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"nextMeta\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"batchProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"header\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataLeaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"dataProof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structPinpointGame.Opening\",\"name\":\"b\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"src\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"srcProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"batchRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"nextMeta\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"batchProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"header\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataLeaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"dataProof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structPinpointGame.Opening\",\"name\":\"c\",\"type\":\"tuple\"}],\"name\":\"defendStep\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"mv\",\"type\":\"uint32\"}],\"name\":\"disputeAssembly\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"mv\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"operands\",\"type\":\"bytes\"},{\"internalType\":\"uint64\",\"name\":\"q\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"src\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"srcProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"batchRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"nextMeta\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"batchProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"header\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataLeaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"dataProof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structPinpointGame.Opening\",\"name\":\"o\",\"type\":\"tuple\"}],\"name\":\"disputeOperand\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"elementJudge\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"fanoutBits\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"forfeited\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"gameCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"kernel\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"p0\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"p1\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"p2\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"p3\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"numel\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"outHeader\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"src0Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src0Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src1Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src1Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src2Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src2Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src3Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src3Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src4Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src4Index\",\"type\":\"uint32\"}],\"internalType\":\"structPinpointShapes.Node\",\"name\":\"d\",\"type\":\"tuple\"}],\"name\":\"nodeLeaf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"nodesRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateMapRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"agreed\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"disputed\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"firstStep\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"segLen\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"numNodes\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"stateDepth\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"clock\",\"type\":\"uint64\"}],\"internalType\":\"structPinpointGame.Setup\",\"name\":\"s\",\"type\":\"tuple\"}],\"name\":\"open\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"mv\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"kernel\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"p0\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"p1\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"p2\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"p3\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"numel\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"outHeader\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"src0Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src0Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src1Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src1Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src2Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src2Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src3Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src3Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src4Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src4Index\",\"type\":\"uint32\"}],\"internalType\":\"structPinpointShapes.Node\",\"name\":\"desc\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"descProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"header\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"frontier\",\"type\":\"bytes32[]\"}],\"name\":\"openNode\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"mv\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"lastLeaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"lastProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"frontier\",\"type\":\"bytes32[]\"}],\"name\":\"openTrace\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"mv\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"node\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"q\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"path\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint8\",\"name\":\"lane\",\"type\":\"uint8\"}],\"name\":\"pick\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"mv\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"operands\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"proveElement\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"mv\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"value\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"operands\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"refuteElement\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"result\",\"outputs\":[{\"internalType\":\"enumPinpointGame.Result\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"mv\",\"type\":\"uint32\"},{\"internalType\":\"bytes32[]\",\"name\":\"frontier\",\"type\":\"bytes32[]\"}],\"name\":\"reveal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"shapes\",\"outputs\":[{\"internalType\":\"contractIPinpointShapes\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"state\",\"outputs\":[{\"components\":[{\"internalType\":\"enumPinpointGame.Phase\",\"name\":\"phase\",\"type\":\"uint8\"},{\"internalType\":\"enumPinpointGame.Level\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"enumPinpointGame.Result\",\"name\":\"result\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"solverTurn\",\"type\":\"bool\"},{\"internalType\":\"uint32\",\"name\":\"moves\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"idx\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"rem\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"step\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"node\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"element\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"traceLen\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"clockSolver\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"clockChallenger\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lastMove\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"cur\",\"type\":\"bytes32\"}],\"internalType\":\"structPinpointGame.View\",\"name\":\"v\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"kernel\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"p0\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"p1\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"p2\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"p3\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"numel\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"outHeader\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"src0Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src0Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src1Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src1Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src2Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src2Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src3Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src3Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src4Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src4Index\",\"type\":\"uint32\"}],\"internalType\":\"structPinpointShapes.Node\",\"name\":\"d\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"e\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"i\",\"type\":\"uint64\"}],\"name\":\"stepShape\",\"outputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"op\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"kindA\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"kindB\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"slotA\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"slotB\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"payA\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"payB\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"kindC\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"slotC\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"payC\",\"type\":\"uint32\"}],\"internalType\":\"structPinpointShapes.Shape\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"timeout\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"kernel\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"p0\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"p1\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"p2\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"p3\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"numel\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"outHeader\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"src0Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src0Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src1Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src1Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src2Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src2Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src3Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src3Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src4Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src4Index\",\"type\":\"uint32\"}],\"internalType\":\"structPinpointShapes.Node\",\"name\":\"d\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"e\",\"type\":\"uint64\"}],\"name\":\"traceLength\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "PinpointGame",
	Bin: "0x60e060405234801561000f575f5ffd5b5060405161596838038061596883398101604081905261002e916100cd565b60ff83161580610041575060088360ff16115b8061005457506001600160a01b0382163b155b8061007a57506001600160a01b0381161580159061007a57506001600160a01b0381163b155b156100975760405162de0e3560e11b815260040160405180910390fd5b60ff9092166080526001600160a01b0390811660a0521660c05261011c565b6001600160a01b03811681146100ca575f5ffd5b50565b5f5f5f606084860312156100df575f5ffd5b835160ff811681146100ef575f5ffd5b6020850151909350610100816100b6565b6040850151909250610111816100b6565b809150509250925092565b60805160a05160c0516157ce61019a5f395f8181610352015281816109ea0152818161109101526129d201525f81816101a501528181610b2a01528181610d0401528181610e4b01528181610f8d015261283d01525f8181610379015281816115170152818161154801528181611fab0152611fdc01526157ce5ff3fe608060405234801561000f575f5ffd5b5060043610610187575f3560e01c80637fc875f2116100d9578063cad1dcee11610093578063d12448ea1161006e578063d12448ea1461040c578063d5b4678a14610448578063eb4c848c1461045b578063ecef6c561461046e575f5ffd5b8063cad1dcee146103d3578063cafb8a31146103e6578063cfd1167d146103f9575f5ffd5b80637fc875f21461030f5780638dd2e43f146103225780639d0da4d41461034d5780639e2b991b14610374578063ac1c2b7d146103ad578063c7b5c95d146103c0575f5ffd5b80633e4f49e61161014457806350e3ccc01161011f57806350e3ccc01461029e5780635271fb93146102c95780635df11015146102dc5780636031c8eb146102ef575f5ffd5b80633e4f49e61461025557806345b569f0146102755780634d1975b414610288575f5ffd5b806308148f7a1461018b578063184f9654146101a05780631d4b3916146101e457806325aa4dd0146101f757806326b0cbb71461020a5780633c5940591461021d575b5f5ffd5b61019e610199366004613dae565b610481565b005b6101c77f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020015b60405180910390f35b61019e6101f2366004613de4565b610580565b61019e610205366004613e52565b6105bc565b61019e610218366004613eed565b6106b5565b61024861022b366004613dae565b5f9081526001602052604090206008015462010000900460ff1690565b6040516101db9190613fa7565b610268610263366004613dae565b61076c565b6040516101db9190613fd5565b61019e61028336600461417c565b610935565b6102905f5481565b6040519081526020016101db565b6101c76102ac366004613dae565b5f908152600160205260409020600901546001600160a01b031690565b61019e6102d736600461421c565b610afa565b61019e6102ea3660046142c3565b610c8d565b6103026102fd36600461434a565b610ca9565b6040516101db9190614394565b61019e61031d366004614470565b610d8f565b610335610330366004614523565b610f74565b6040516001600160401b0390911681526020016101db565b6101c77f000000000000000000000000000000000000000000000000000000000000000081565b61039b7f000000000000000000000000000000000000000000000000000000000000000081565b60405160ff90911681526020016101db565b61019e6103bb366004614550565b61100c565b6102906103ce3660046145d8565b6111ad565b61019e6103e13660046145f2565b61141b565b61019e6103f4366004614686565b6114fb565b61019e610407366004614706565b6116a7565b61043861041a366004613dae565b5f90815260016020526040902060090154600160a01b900460ff1690565b60405190151581526020016101db565b61019e610456366004614755565b6118df565b6102906104693660046147e9565b6119d2565b61019e61047c366004613de4565b6119e5565b5f61048b82611abe565b60088101549091505f906301000000900460ff166104bd576008820154600160c01b90046001600160401b03166104d3565b6008820154600160801b90046001600160401b03165b60088301549091505f906104f8908390600160401b90046001600160401b0316614818565b9050806001600160401b03164211610533576040516303a5cac360e01b81526001600160401b03821660048201526024015b60405180910390fd5b61053c84611b4c565b60098301805460ff60a01b1916600160a01b179055600883015461057a90859085906301000000900460ff16610573576001611b80565b6002611b80565b50505050565b5f828152600160205260408120600b0154600160481b900460ff16906105a9848484600a611bf8565b905061057a848284610573576001611b80565b5f6105cb898960016004611bf8565b60078101549091505f906105f9906105f490600160401b90046001600160401b03166001614837565b611ec0565b905060ff8116861415806106475750600d820154600b830154610644908a9061063490600190600160501b90046001600160401b031661484a565b6001600160401b03168a8a611ee3565b14155b1561066557604051637ca55c7760e01b815260040160405180910390fd5b600e820188905560108201859055600782015461069e908390600190889061069990600160801b900463ffffffff16611ec0565b611f35565b6106a9828585611fa0565b50505050505050505050565b5f6106c38888600180611bf8565b60078101549091505f906106ec906105f490600160401b90046001600160401b03166001614837565b905060ff811685141580610725575060068201546007830154889161072291600160401b90046001600160401b03168989611ee3565b14155b1561074357604051637ca55c7760e01b815260040160405180910390fd5b600d8201879055610756825f8984611f35565b610761828585611fa0565b505050505050505050565b6107e7604080516101e08101909152805f81526020015f81526020015f81525f6020820181905260408201819052606082018190526080820181905260a0820181905260c0820181905260e0820181905261010082018190526101208201819052610140820181905261016082018190526101809091015290565b5f828152600160205260409081902081516101e081019092526008810154909190819060ff16600a81111561081e5761081e613f7f565b81526020018260080160019054906101000a900460ff16600481111561084657610846613f7f565b81526020018260080160029054906101000a900460ff16600281111561086e5761086e613f7f565b8152600883015460ff6301000000820481161515602084015263ffffffff640100000000830481166040850152600b8601546001600160401b038082166060870152600160401b8083049094166080870152600160501b8204811660a0870152600160901b820490921660c0860152600160b01b9004811660e0850152600c8601548116610100850152600160801b83048116610120850152600160c01b83048116610140850152910416610160820152600a909201546101809092019190915292915050565b5f8681526001602052604081206008015460ff1690600682600a81111561095e5761095e613f7f565b14806109ca575060045f89815260016020526040902060080154610100900460ff16600481111561099157610991613f7f565b1480156109ca5750600282600a8111156109ad576109ad613f7f565b14806109ca5750600782600a8111156109c8576109c8613f7f565b145b90505f6109e689896001856109e0576006611bf8565b86611bf8565b90507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b038116610a305760405163a2a34ef760e01b815260040160405180910390fd5b806001600160a01b031663a1ac40a5610a4884612092565b600b850154600c86015460405160e085901b6001600160e01b0319168152610a9a9392600160b01b90046001600160401b031691600160401b900463ffffffff16908e908e908e908e90600401614891565b602060405180830381865afa158015610ab5573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610ad991906148d8565b601683015550600801805463ff0000ff1916600a1790555050505050505050565b5f610b09868660016007611bf8565b600b810154604051636031c8eb60e01b81529192505f916001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001691636031c8eb91610b769160138701916001600160401b03600160b01b830481169216906004016149f5565b61014060405180830381865afa158015610b92573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610bb69190614aba565b600a8301549091505f610bc8826120f6565b905081610bd58483612102565b14610bef57610be689856002611b80565b50505050610c86565b5f610c0985856020015186606001518760a001518c6121c9565b90505f610c2586866040015187608001518860c001518c6121c9565b90505f610c43878760e001518861010001518961012001518c6121c9565b90505f610c55875f0151858585612347565b9050610c7d8d898763ffffffff168463ffffffff1614610c76576002611b80565b6001611b80565b50505050505050505b5050505050565b5f610c9c858560016002611bf8565b9050610c86818484611fa0565b60408051610140810182525f80825260208201819052818301819052606082018190526080820181905260a0820181905260c0820181905260e0820181905261010082018190526101208201529051636031c8eb60e01b81527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690636031c8eb90610d4590879087908790600401614d07565b61014060405180830381865afa158015610d61573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610d859190614aba565b90505b9392505050565b5f610d9e8a8a60016005611bf8565b6007810154909150610dbc90600160801b900463ffffffff16611ec0565b60ff168614610dde57604051637ca55c7760e01b815260040160405180910390fd5b6002810154610e16610dfd610df8368c90038c018c614d16565b612471565b600b840154600160901b900463ffffffff168a8a611ee3565b14610e3457604051637ca55c7760e01b815260040160405180910390fd5b6040516306c3ed8960e11b81526001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690630d87db1290610e80908b90600401614e5e565b602060405180830381865afa158015610e9b573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610ebf9190614e6d565b610edc576040516305bb030160e31b815260040160405180910390fd5b8760c0013585141580610efc57508060110154610ef986866124dd565b14155b15610f1a57604051637ca55c7760e01b815260040160405180910390fd5b8760138201610f298282614eb0565b905050610f698160038661069960088d60a0016020810190610f4b9190615185565b610f5f906001600160401b03166007614837565b6105f491906151b4565b6106a9818484611fa0565b604051638dd2e43f60e01b81525f906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690638dd2e43f90610fc490869086906004016151c7565b602060405180830381865afa158015610fdf573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061100391906151ed565b90505b92915050565b5f61101a88885f6003611bf8565b905060046008820154610100900460ff16600481111561103c5761103c613f7f565b1461105a57604051631e5acc5f60e31b815260040160405180910390fd5b600c81015463ffffffff600160401b90910481169087160361108f57604051637ca55c7760e01b815260040160405180910390fd5b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0381166110d75760405163a2a34ef760e01b815260040160405180910390fd5b806001600160a01b031663a1ac40a56110ef84612092565b600b85015460405160e084901b6001600160e01b03191681526111309291600160b01b90046001600160401b0316908c908c908c908c908c90600401614891565b602060405180830381865afa15801561114b573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061116f91906148d8565b601683015550600b8101805469ff0000000000000000001916600160481b179055600801805463ff0000ff1916630100000a17905550505050505050565b5f806111bc602084018461521c565b6001600160a01b031614806111e857505f6111dd604084016020850161521c565b6001600160a01b0316145b8061121f57506111fe604083016020840161521c565b6001600160a01b0316611214602084018461521c565b6001600160a01b0316145b80611242575061123761012083016101008401615185565b6001600160401b0316155b80611262575061125a61014083016101208401615237565b63ffffffff16155b80611285575061127a61018083016101608401615185565b6001600160401b0316155b806112a2575061129d61016083016101408401615252565b60ff16155b156112bf5760405162de0e3560e11b815260040160405180910390fd5b5f5f81546112cc9061526d565b91829055505f81815260016020526040902090915082816112ed82826152b1565b50506009810180546001600160a01b031916331790556008810180546001600160401b034216600160401b026fffffffffffffffff00000000ff0000ff1990911617630100000117905561134961018084016101608501615185565b6008820180546001600160401b0392909216600160801b0267ffffffffffffffff60801b1990921691909117905561138961018084016101608501615185565b6008820180546001600160401b0392909216600160c01b026001600160c01b0390921691909117905533827f58a5aab4fa01bfbdc74f179a01ed419cff11397eaff73344aec9e87349af962c6113e2602087018761521c565b6113f2604088016020890161521c565b604080516001600160a01b0393841681529290911660208301520160405180910390a350919050565b5f61142a898960016006611bf8565b600c8101549091505f90611446906001600160401b0316611ec0565b905060ff81168514158061148a5750600c8201548890611487908990611477906001906001600160401b031661484a565b6001600160401b03168989611ee3565b14155b156114a857604051637ca55c7760e01b815260040160405180910390fd5b600c820154600160401b900463ffffffff166114c3886120f6565b63ffffffff16146114e757604051637ca55c7760e01b815260040160405180910390fd5b6012820188905561069e8260048a84611f35565b5f61150988885f6003611bf8565b600b8101549091505f9060ff7f00000000000000000000000000000000000000000000000000000000000000008116600160401b909204161061156c577f000000000000000000000000000000000000000000000000000000000000000061157c565b600b820154600160401b900460ff165b905060ff811684141580611595575060ff811686901c15155b156115b3576040516350e056af60e11b815260040160405180910390fd5b81600a01546115de888888888660ff1688600b0160089054906101000a900460ff1660ff16146124e8565b146115fc576040516350e056af60e11b815260040160405180910390fd5b600a8201879055600b8201805467ffffffffffffffff1981166001600160401b0391821660ff8581169190911b8a179092161780835583929160089161164b918591600160401b9004166153d7565b82546101009290920a60ff818102199093169183160217909155600b840154600160401b9004161590506116935750600801805463ff0000ff1916630100000217905561169e565b610761898385612570565b50505050505050565b5f6116b6848460016008611bf8565b600b8101549091506001600160401b03165f8181036116fa576116ef83608086013560a08701356116ea60c08901896153f0565b61295d565b5060a08301356118c0565b6007830154600160a01b900460ff1661171660208601866153f0565b90501461173657604051637ca55c7760e01b815260040160405180910390fd5b600383015461175c85356001600160401b03851661175760208901896153f0565b611ee3565b1461177a57604051637ca55c7760e01b815260040160405180910390fd5b83355f03611805576007830154600160a01b900460ff1661179e60608601866153f0565b9050146117be57604051637ca55c7760e01b815260040160405180910390fd5b600e8301546117e260408601356001600160401b03851661175760608901896153f0565b1461180057604051637ca55c7760e01b815260040160405180910390fd5b6118b9565b5f61181260018635615435565b6007850154909150600160801b900463ffffffff16811015806118605750600784015461184b90600160801b900463ffffffff16611ec0565b60ff1661185b60608701876153f0565b905014155b1561187e57604051637ca55c7760e01b815260040160405180910390fd5b601084015461189960408701358361175760608a018a6153f0565b146118b757604051637ca55c7760e01b815260040160405180910390fd5b505b5060408301355b6118d7868485600a01548414610c76576002611b80565b505050505050565b5f868152600160205260408120600b0154600160481b900460ff1690611908888884600a611bf8565b90508060160154868660405161191f929190615448565b60405180910390201415806119475750846119446001600160401b0386166004615457565b10155b1561196557604051637ca55c7760e01b815260040160405180910390fd5b5f5f61197183876129ce565b915091506119898888886001600160401b0316612a94565b63ffffffff1661199d84600185858a6121c9565b63ffffffff16036119c157604051637ca55c7760e01b815260040160405180910390fd5b6106a98a8486610c76576002611b80565b5f611006610df836849003840184614d16565b5f6119f383835f6003611bf8565b905060016008820154610100900460ff166004811115611a1557611a15613f7f565b141580611a2e5750600b8101546001600160401b031615155b80611a6557506007810154611a4f90600160801b900463ffffffff16611ec0565b600b820154600160401b900460ff908116911614155b15611a8357604051635396738360e01b815260040160405180910390fd5b600f8101546007820154611aa691839160029190600160a01b900460ff16611f35565b600801805463ff000000191663010000001790555050565b5f81815260016020526040812090600882015460ff16600a811115611ae557611ae5613f7f565b03611b06576040516365450a8960e01b81526004810183905260240161052a565b5f600882015462010000900460ff166002811115611b2657611b26613f7f565b14611b4757604051633496ed1560e01b81526004810183905260240161052a565b919050565b6040517f48a7d77a290c1c992e09d877815d79cab4d6ebd646cb5a927987e3f7dae5b5e790365f82373383833684a3505050565b60088201805482919062ff0000191662010000836002811115611ba557611ba5613f7f565b021790555060088201805460ff1916600917905560405183907f8a1c7850cb95b6648c597d19ad5a66ce32698f83f344546e66f4229ce5dacff990611beb908490613fa7565b60405180910390a2505050565b5f611c0285611abe565b600881015490915063ffffffff8581166401000000009092041614611c585760088101546040516367c5cfd560e01b815264010000000090910463ffffffff90811660048301528516602482015260440161052a565b600881015460ff6301000000909104161515831515141580611caf575082611c8d5760018101546001600160a01b0316611c99565b80546001600160a01b03165b6001600160a01b0316336001600160a01b031614155b15611ccf576040516349f5ad1160e01b815233600482015260240161052a565b81600a811115611ce157611ce1613f7f565b600882015460ff16600a811115611cfa57611cfa613f7f565b14611d255760088101546040516305fb5e1b60e01b815261052a91849160ff9091169060040161546e565b60088101545f90611d4690600160401b90046001600160401b03164261484a565b90508315611dd65760088201546001600160401b03600160801b90910481169082161115611d87576040516328dedbb960e21b815260040160405180910390fd5b808260080160108282829054906101000a90046001600160401b0316611dad919061484a565b92506101000a8154816001600160401b0302191690836001600160401b03160217905550611e5a565b60088201546001600160401b03600160c01b90910481169082161115611e0f576040516328dedbb960e21b815260040160405180910390fd5b808260080160188282829054906101000a90046001600160401b0316611e35919061484a565b92506101000a8154816001600160401b0302191690836001600160401b031602179055505b60088201805467ffffffffffffffff60401b1916600160401b426001600160401b031602179055611e8c856001615489565b8260080160046101000a81548163ffffffff021916908363ffffffff160217905550611eb786611b4c565b50949350505050565b5f5b818160ff166001901b1015611b475780611edb816154a5565b915050611ec2565b5f61010082108015611ef6575083821c15155b15611f1e5760405163177e5bcb60e01b8152600481018590526024810183905260440161052a565b611f2a85858585612ada565b90505b949350505050565b60088401805484919061ff001916610100836004811115611f5857611f58613f7f565b0217905550600a8401829055600b8401805468ffffffffffffffffff1916600160401b60ff8416021790556008840180546002919060ff19166001835b021790555050505050565b600b8301545f9060ff7f00000000000000000000000000000000000000000000000000000000000000008116600160401b9092041610612000577f0000000000000000000000000000000000000000000000000000000000000000612010565b600b840154600160401b900460ff165b9050600160ff82161b8214612038576040516301011fe960e71b815260040160405180910390fd5b600a840154600b85015461205e908590859060ff868116600160401b9092041614612b80565b1461207c576040516301011fe960e71b815260040160405180910390fd5b505050600801805463ff0000ff19166003179055565b60138101545f9060ff811664ffffffff00610100830460081b161768ffffffff000000000065010000000000830460281b161763ffffffff60481b600160481b830460481b161763ffffffff60681b600160681b90920460681b9190911617611006565b5f611006826010612d3c565b5f5f6040612114856101200151612d5e565b63ffffffff16901b606061212785612d5e565b63ffffffff16901b608061213e8760c00151612d5e565b63ffffffff16901b60a06121558860a00151612d5e565b63ffffffff16901b60c888610100015160ff16901b60d08960e0015160ff16901b60d88a6080015160ff16901b60e08b6060015160ff16901b60e88c6040015160ff16901b60f08d6020015160ff16901b60f88e5f015160ff16901b171717171717171717179050805f1b91505092915050565b5f60ff85166121d957508161233e565b60021960ff8616016121ec57505f61233e565b60011960ff8616016122ac57600b8601546001600160401b031663ffffffff84161015806122415750600c86015461222c906001600160401b0316611ec0565b60ff1661223c60208401846153f0565b905014155b1561225f57604051637ca55c7760e01b815260040160405180910390fd5b601286015461227d833563ffffffff861661175760208701876153f0565b1461229b57604051637ca55c7760e01b815260040160405180910390fd5b6122a582356120f6565b905061233e565b5f6122b8878685612d9e565b90505f6122e160c08501356122ce6008886154c3565b63ffffffff1661175760e08801886153f0565b9050816122f28560a00135836124dd565b1461231057604051637ca55c7760e01b815260040160405180910390fd5b61233960c08501356123236008886154ea565b61232e906004615511565b63ffffffff16612d3c565b925050505b95945050505050565b5f600b1960ff8616016123665761235f848484612f45565b9050611f2d565b5f1960ff86160161237b5761235f8484613100565b60021960ff8616016123915761235f84846132ec565b60011960ff8616016123a75761235f84846133fc565b60051960ff8616016123bd5761235f848461340d565b60031960ff8616016123d35761235f8484613463565b60071960ff8616016123e95761235f84846135b8565b60061960ff8616016123ff5761235f848461360c565b60041960ff8616016124145761235f8461365b565b60081960ff8616016124295761235f84613713565b60091960ff86160161243e5761235f846137a4565b600a1960ff8616016124535761235f8461380d565b604051633e920abf60e21b815260ff8616600482015260240161052a565b5f6002826040516020016124859190615530565b60408051601f198184030181529082905261249f916156b3565b602060405180830381855afa1580156124ba573d5f5f3e3d5ffd5b5050506040513d601f19601f8201168201806040525081019061100691906148d8565b5f6110038383613869565b5f81156124fb576122a586868686612ada565b50845f5b8381101561256657600186821c81161461253a5761253582868684818110612529576125296156c9565b905060200201356138a2565b61255c565b61255c85858381811061254f5761254f6156c9565b90506020020135836138a2565b91506001016124ff565b5095945050505050565b600882018054630100000063ff00000019821617909155610100900460ff165f8160048111156125a2576125a2613f7f565b0361265657600b8301546001600160401b03165f8190036125da57610c868585865f016005015487600a015414610c76576002611b80565b60078401546001600160401b03600160401b9091048116908216111561260957610c86858586600a01546138c8565b600b8401805467ffffffffffffffff60501b1916600160501b6001600160401b03841602179055600a840154600f8501556008840180546004919060ff191660018302179055505061057a565b600181600481111561266a5761266a613f7f565b036126ee576007830154600b840154600160801b90910463ffffffff166001600160401b03909116106126a65761057a848485600a01546138c8565b600b8301805463ffffffff8116600160901b0263ffffffff60901b19909116179055600a83015460118401556008830180546005919060ff19166001835b021790555061057a565b600281600481111561270257612702613f7f565b0361271a576008838101805460ff19166001836126e4565b600381600481111561272e5761272e613f7f565b0361291c5760088260ff1610612757576040516350e056af60e11b815260040160405180910390fd5b600b8301545f9060ff841690612777906001600160401b031660086156dd565b6127819190614818565b90505f6127a185600a01548560ff16600461279c9190615457565b612d3c565b600b8601805467ffffffffffffffff60b01b1916600160b01b6001600160401b0386811691820292909217909255600c880180546bffffffff00000000000000001916600160401b63ffffffff8616021790556013880154929350600160881b90920490911611612824576118d7868663ffffffff841615610c76576002611b80565b604051638dd2e43f60e01b81525f906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690638dd2e43f906128779060138a019087906004016156ff565b602060405180830381865afa158015612892573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906128b691906151ed565b9050806001600160401b03165f036128e05761169e878763ffffffff851615610c76576002611b80565b600c8601805467ffffffffffffffff19166001600160401b0383161790556008860180546006919060ff1916600183021790555050505061057a565b600c830154600b8401546001600160401b039182169116106129475761057a848485600a01546138c8565b6008830180546007919060ff1916600183611f95565b600b85015460078601545f91600191612989916001600160401b03600160501b90910481169116614837565b6129939190615435565b60048701549091506129b06129a887876138df565b838686611ee3565b146118d757604051637ca55c7760e01b815260040160405180910390fd5b5f5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316638060cc91612a0886612092565b600b87015460405160e084901b6001600160e01b03191681526004810192909252600160b01b90046001600160401b039081166024830152861660448201526064016040805180830381865afa158015612a64573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612a88919061570e565b915091505b9250929050565b5f8383612aa2846004615457565b90612aae856004615457565b612ab9906004614837565b92612ac69392919061573b565b612acf91615762565b60e01c949350505050565b5f6040515f815385600182015260205f60218360025afa612b025763832d99055f526004601cfd5b5f519150838360051b8101600183535b80821015612b7557600187168015612b365782356001850152846021850152612b44565b846001850152823560218501525b5060205f60418560025afa612b605763832d99055f526004601cfd5b5f5193508660011c9650602082019150612b12565b505050949350505050565b5f82801580612b9a5750612b95600182615435565b811615155b15612bbb57604051636d19f66360e11b81526004810182905260240161052a565b5f816001600160401b03811115612bd457612bd4614a2c565b604051908082528060200260200182016040528015612bfd578160200160208202803683370190505b5090505f5b82811015612c735784612c2d57868682818110612c2157612c216156c9565b90506020020135612c4e565b612c4e878783818110612c4257612c426156c9565b9050602002013561395a565b828281518110612c6057612c606156c9565b6020908102919091010152600101612c02565b505b6001821115612d175760019190911c905f5b82811015612d1157612cec82612c9e836002615457565b81518110612cae57612cae6156c9565b602002602001015183836002612cc49190615457565b612ccf906001614837565b81518110612cdf57612cdf6156c9565b60200260200101516138a2565b828281518110612cfe57612cfe6156c9565b6020908102919091010152600101612c87565b50612c75565b805f81518110612d2957612d296156c9565b6020026020010151925050509392505050565b5f80612d4983601c615435565b612d54906008615457565b84901c9050611f2d815b5f60188263ffffffff16901b60088363ffffffff16901b62ff00001660088463ffffffff16901c61ff001660188563ffffffff16901c1717179050919050565b5f5f5f612dae8660130186613982565b90925090505f1960ff831601612e45576007860154600160a01b900460ff16612dda60208601866153f0565b905014612dfa57604051637ca55c7760e01b815260040160405180910390fd5b600e860154612e228535612e1563ffffffff85166001614837565b61175760208901896153f0565b14612e4057604051637ca55c7760e01b815260040160405180910390fd5b612f3a565b60011960ff831601612e8a57612e6c86604086013560608701356116ea60808901896153f0565b6040840135612e22853563ffffffff841661175760208901896153f0565b60021960ff831601612f2157600b86015463ffffffff600160901b9091048116908216101580612ee557506007860154612ed090600160801b900463ffffffff16611ec0565b60ff16612ee060208601866153f0565b905014155b15612f0357604051637ca55c7760e01b815260040160405180910390fd5b6010860154612e22853563ffffffff841661175760208901896153f0565b6040516305bb030160e31b815260040160405180910390fd5b505090359392505050565b5f838318638000000016637fffffff80861690808616908516637f800000831180612f795750637f80000063ffffffff8316115b80612f8d5750637f80000063ffffffff8216115b15612fa257637fc00000945050505050610d88565b63ffffffff8316637f8000001480612fc3575063ffffffff8216637f800000145b156130385763ffffffff83161580612fdf575063ffffffff8216155b15612ff457637fc00000945050505050610d88565b63ffffffff8116637f8000001480156130135750638000000086168414155b1561302857637fc00000945050505050610d88565b505050637f800000179050610d88565b637f7fffff1963ffffffff8216016130565785945050505050610d88565b63ffffffff8316158061306d575063ffffffff8216155b15613097578063ffffffff165f0361308b5750505082169050610d88565b85945050505050610d88565b5f5f6130a285613a76565b915091505f5f6130b186613a76565b915091508463ffffffff165f036130e0576130d188828501848702613aab565b98505050505050505050610d88565b6130f0888386028386018d613b55565b9c9b505050505050505050505050565b5f637fffffff838116908316637f800000821015806131295750637f80000063ffffffff821610155b156131bc57637f80000063ffffffff8316118061314f5750637f80000063ffffffff8216115b1561316257637fc0000092505050611006565b637f7fffff1963ffffffff8316016131b25763ffffffff8116637f80000014801561319957508363ffffffff168563ffffffff1614155b6131a357846131a9565b637fc000005b92505050611006565b8392505050611006565b8063ffffffff165f036131e65763ffffffff8216156131db57846131a9565b505050818116611006565b8163ffffffff165f036131fd578392505050611006565b5f5f61320884613a76565b915091505f5f61321785613a76565b915091505f81841261325357818403604081111561324557604086901b95506001935060408503915061324d565b94851b948291505b5061327f565b838203604081111561327557604084901b93506001955060408303915061327d565b92831b928491505b505b63800000008a8116908a1681036132ac5761329d8183868901613aab565b98505050505050505050611006565b838611156132c15761329d8183868903613aab565b858411156132dc5761329d63800000008b1683888703613aab565b505f9a9950505050505050505050565b5f828218638000000016637fffffff808516908416637f80000082118061331c5750637f80000063ffffffff8216115b1561333057637fc000009350505050611006565b637f7fffff1963ffffffff83160161336a5763ffffffff81161561335a57637f8000008317613360565b637fc000005b9350505050611006565b637f7fffff1963ffffffff8216016133945763ffffffff82161561335a57637f8000008317613360565b63ffffffff821615806133ab575063ffffffff8116155b156133bb57829350505050611006565b5f5f6133c684613a76565b915091505f5f6133d585613a76565b915091506133ee8763ffffffff16828501848702613aab565b9a9950505050505050505050565b5f6110038363800000008418613100565b5f637f800000637fffffff8416118061342f5750637f800000637fffffff8316115b1561343f5750637fc00000611006565b61344882613c2d565b61345184613c2d565b1161345c5781611003565b5090919050565b5f828218638000000016637fffffff808516908416637f8000008211806134935750637f80000063ffffffff8216115b156134a757637fc000009350505050611006565b637f7fffff1963ffffffff8316016134d65763ffffffff8116637f8000001461335a57637f8000008317613360565b637f7fffff1963ffffffff8216016134f357829350505050611006565b8063ffffffff165f036135185763ffffffff82161561335a57637f8000008317613360565b8163ffffffff165f0361353057829350505050611006565b5f5f61353b84613a76565b915091505f5f61354a85613a76565b9092509050604084901b5f838281613564576135646151a0565b0490505f848381613577576135776151a0565b0615613584576001613586565b5f5b60ff1690506135a78a63ffffffff1660418689030383600186901b17613aab565b9d9c50505050505050505050505050565b5f637f800000637fffffff841611156135d65750637fc00000611006565b638000000083161580156135ef575063ffffffff831615155b15613604576135fd82613c5c565b9050611006565b505f92915050565b5f637f800000637fffffff8416118061362e5750637f800000637fffffff8316115b1561363e5750637fc00000611006565b61364782613c2d565b61365084613c2d565b1061345c5781611003565b5f637fffffff8216810361366d575090565b637f80000063ffffffff8316111561368a5750637fc00000919050565b637f7fffff1963ffffffff8316016136a0575090565b5f5f6136ab84613a76565b91509150806001165f146136c45760019190911b905f19015b605082901b5f6136d382613c7f565b90505f82828302146136e65760016136e8565b5f5b60ff1690506137085f60016002604f198801050383600186901b17613aab565b979650505050505050565b5f637f800000637fffffff831611156137315750637fc00000919050565b5f638000000083168103613769576342fe00008363ffffffff16101561375f5761375a83613cd7565b613762565b607f5b9050613798565b6342fc0000637fffffff841610156137915761378a637fffffff8416613cd7565b5f03613795565b607d195b90505b607f0160171b92915050565b5f637fffffff821681036137bd575063ff800000919050565b637f80000063ffffffff831611156137da5750637fc00000919050565b637f7fffff1963ffffffff8316016137f75750637f800000919050565b5f61380183613d17565b915050610d8881613d89565b5f637fffffff8216158061382a575063ffffffff8216637f800000145b1561383a5750633f800000919050565b637f80000063ffffffff831611156138575750637fc00000919050565b5f61386183613d17565b509392505050565b5f6040516002815383600182015282602182015260205f60418360025afa6138985763832d99055f526004601cfd5b50505f5192915050565b5f6040516001815383600182015282602182015260205f60418360025afa613898575f5ffd5b6138da83838315610c76576002611b80565b505050565b604051600160fa1b602082015260218101839052604181018290525f9060029060610160408051601f198184030181529082905261391c916156b3565b602060405180830381855afa158015613937573d5f5f3e3d5ffd5b5050506040513d601f19601f8201168201806040525081019061100391906148d8565b5f6040515f815382600182015260205f60218360025afa613979575f5ffd5b50505f51919050565b5f5f8260ff165f036139aa575050600282015460ff811690610100900463ffffffff16612a8d565b8260ff166001036139de575050600282015465010000000000810460ff16906601000000000000900463ffffffff16612a8d565b8260ff16600203613a0d5750506002820154600160501b810460ff1690600160581b900463ffffffff16612a8d565b8260ff16600303613a3c5750506002820154600160781b810460ff1690600160801b900463ffffffff16612a8d565b8260ff16600403613a6b5750506002820154600160a01b810460ff1690600160a81b900463ffffffff16612a8d565b505f93849350915050565b627fffff81165f60ff601784901c16808203613a96576094199150613aa5565b62800000831792506096810391505b50915091565b5f815f03613aba575082610d88565b811e60e8819003609419859003811215613ad657846094190390505b5f5f821315613b22575083811c815f19600180831b820188169183011b80821180613b0e57508082148015613b0e5750836001166001145b15613b1a578360010193505b505050613b2b565b815f0385901b90505b60958683010160171b8101637f8000008110613b485750637f8000005b9096179695505050505050565b5f5f5f613b67637fffffff8516613a76565b915091505f818612613ba3578186036040811115613b9557604088901b975060019350604087039150613b9d565b96871b968291505b50613bcf565b8582036050811115613bc557604084901b935060019750604083039150613bcd565b92831b928691505b505b63800000008516808903613bf557613bea8983868b01613aab565b945050505050611f2d565b83881115613c0a57613bea8983868b03613aab565b87841115613c1f57613bea81838a8703613aab565b505f98975050505050505050565b5f6380000000821615613c4c57637fffffff8216638000000003611006565b5063ffffffff1663800000000190565b5f637f800000637fffffff831611613c745781611006565b637fc0000092915050565b6001811e610101819003821c82901b915f90838581613ca057613ca06151a0565b048401901c90505b82811015613cd0578092506001838581613cc457613cc46151a0565b048401901c9050613ca8565b5050919050565b5f6101ff601783901c16607f811015613cf257505f92915050565b8060960383627fffff16628000001763ffffffff16901c63ffffffff16915050919050565b5f80627fffff83166101ff601785901c168203613d4d5760e8811e607d1981900391909101925060e719011b627fffff16613d5d565b607e196101ff601786901c160191505b633f80000081179250633fb504f363ffffffff841610613aa557633f0000001793600190910192509050565b5f5f821215613da35761100663800000005f848103613aab565b6110065f5f84613aab565b5f60208284031215613dbe575f5ffd5b5035919050565b63ffffffff81168114613dd6575f5ffd5b50565b8035611b4781613dc5565b5f5f60408385031215613df5575f5ffd5b823591506020830135613e0781613dc5565b809150509250929050565b5f5f83601f840112613e22575f5ffd5b5081356001600160401b03811115613e38575f5ffd5b6020830191508360208260051b8501011115612a8d575f5ffd5b5f5f5f5f5f5f5f5f60c0898b031215613e69575f5ffd5b883597506020890135613e7b81613dc5565b96506040890135955060608901356001600160401b03811115613e9c575f5ffd5b613ea88b828c01613e12565b9096509450506080890135925060a08901356001600160401b03811115613ecd575f5ffd5b613ed98b828c01613e12565b999c989b5096995094979396929594505050565b5f5f5f5f5f5f5f60a0888a031215613f03575f5ffd5b873596506020880135613f1581613dc5565b95506040880135945060608801356001600160401b03811115613f36575f5ffd5b613f428a828b01613e12565b90955093505060808801356001600160401b03811115613f60575f5ffd5b613f6c8a828b01613e12565b989b979a50959850939692959293505050565b634e487b7160e01b5f52602160045260245ffd5b60038110613fa357613fa3613f7f565b9052565b602081016110068284613f93565b600b8110613fa357613fa3613f7f565b60058110613fa357613fa3613f7f565b5f6101e082019050613fe8828451613fb5565b6020830151613ffa6020840182613fc5565b50604083015161400d6040840182613f93565b506060830151614021606084018215159052565b506080830151614039608084018263ffffffff169052565b5060a083015161405460a08401826001600160401b03169052565b5060c083015161406960c084018260ff169052565b5060e083015161408460e08401826001600160401b03169052565b5061010083015161409e61010084018263ffffffff169052565b506101208301516140bb6101208401826001600160401b03169052565b506101408301516140d86101408401826001600160401b03169052565b506101608301516140f56101608401826001600160401b03169052565b506101808301516141126101808401826001600160401b03169052565b506101a083015161412f6101a08401826001600160401b03169052565b506101c092830151919092015290565b5f5f83601f84011261414f575f5ffd5b5081356001600160401b03811115614165575f5ffd5b602083019150836020828501011115612a8d575f5ffd5b5f5f5f5f5f5f60808789031215614191575f5ffd5b8635955060208701356141a381613dc5565b945060408701356001600160401b038111156141bd575f5ffd5b6141c989828a0161413f565b90955093505060608701356001600160401b038111156141e7575f5ffd5b6141f389828a0161413f565b979a9699509497509295939492505050565b5f6101008284031215614216575f5ffd5b50919050565b5f5f5f5f5f60a08688031215614230575f5ffd5b85359450602086013561424281613dc5565b935060408601356001600160401b0381111561425c575f5ffd5b61426888828901614205565b93505060608601356001600160401b03811115614283575f5ffd5b61428f88828901614205565b92505060808601356001600160401b038111156142aa575f5ffd5b6142b688828901614205565b9150509295509295909350565b5f5f5f5f606085870312156142d6575f5ffd5b8435935060208501356142e881613dc5565b925060408501356001600160401b03811115614302575f5ffd5b61430e87828801613e12565b95989497509550505050565b5f6102208284031215614216575f5ffd5b6001600160401b0381168114613dd6575f5ffd5b8035611b478161432b565b5f5f5f610260848603121561435d575f5ffd5b614367858561431a565b92506102208401356143788161432b565b91506102408401356143898161432b565b809150509250925092565b815160ff168152610140810160208301516143b4602084018260ff169052565b5060408301516143c9604084018260ff169052565b5060608301516143de606084018260ff169052565b5060808301516143f3608084018260ff169052565b5060a083015161440b60a084018263ffffffff169052565b5060c083015161442360c084018263ffffffff169052565b5060e083015161443860e084018260ff169052565b5061010083015161444f61010084018260ff169052565b5061012083015161446961012084018263ffffffff169052565b5092915050565b5f5f5f5f5f5f5f5f5f6102e08a8c031215614489575f5ffd5b8935985060208a013561449b81613dc5565b97506144aa8b60408c0161431a565b96506102608a01356001600160401b038111156144c5575f5ffd5b6144d18c828d01613e12565b9097509550506102808a013593506102a08a013592506102c08a01356001600160401b03811115614500575f5ffd5b61450c8c828d01613e12565b915080935050809150509295985092959850929598565b5f5f6102408385031215614535575f5ffd5b61453f848461431a565b9150610220830135613e078161432b565b5f5f5f5f5f5f5f60a0888a031215614566575f5ffd5b87359650602088013561457881613dc5565b9550604088013561458881613dc5565b945060608801356001600160401b038111156145a2575f5ffd5b6145ae8a828b0161413f565b90955093505060808801356001600160401b038111156145cc575f5ffd5b613f6c8a828b0161413f565b5f6101808284031280156145ea575f5ffd5b509092915050565b5f5f5f5f5f5f5f5f60c0898b031215614609575f5ffd5b88359750602089013561461b81613dc5565b9650604089013595506060890135945060808901356001600160401b03811115614643575f5ffd5b61464f8b828c01613e12565b90955093505060a08901356001600160401b03811115613ecd575f5ffd5b60ff81168114613dd6575f5ffd5b8035611b478161466d565b5f5f5f5f5f5f5f60c0888a03121561469c575f5ffd5b8735965060208801356146ae81613dc5565b9550604088013594506060880135935060808801356001600160401b038111156146d6575f5ffd5b6146e28a828b01613e12565b90945092505060a08801356146f68161466d565b8091505092959891949750929550565b5f5f5f60608486031215614718575f5ffd5b83359250602084013561472a81613dc5565b915060408401356001600160401b03811115614744575f5ffd5b840160e08187031215614389575f5ffd5b5f5f5f5f5f5f60a0878903121561476a575f5ffd5b86359550602087013561477c81613dc5565b945060408701356001600160401b03811115614796575f5ffd5b6147a289828a0161413f565b90955093505060608701356147b68161432b565b915060808701356001600160401b038111156147d0575f5ffd5b6147dc89828a01614205565b9150509295509295509295565b5f61022082840312156147fa575f5ffd5b611003838361431a565b634e487b7160e01b5f52601160045260245ffd5b6001600160401b03818116838216019081111561100657611006614804565b8082018082111561100657611006614804565b6001600160401b03828116828216039081111561100657611006614804565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b8781526001600160401b038716602082015263ffffffff8616604082015260a060608201525f6148c560a083018688614869565b82810360808401526133ee818587614869565b5f602082840312156148e8575f5ffd5b5051919050565b805460ff81168352600881901c63ffffffff166020840152602881901c63ffffffff166040840152604881901c63ffffffff166060840152606881901c63ffffffff166080840152608881901c6001600160401b031660a084015250600181015460c0830152600281015460ff811660e0840152600881901c63ffffffff16610100840152602881901c60ff16610120840152603081901c63ffffffff16610140840152605081901c60ff16610160840152605881901c63ffffffff16610180840152607881901c60ff166101a0840152608081901c63ffffffff166101c084015260a081901c60ff166101e084015260a881901c63ffffffff16610200840152505050565b6102608101614a0482866148ef565b6001600160401b0384166102208301526001600160401b038316610240830152949350505050565b634e487b7160e01b5f52604160045260245ffd5b60405161014081016001600160401b0381118282101715614a6f57634e487b7160e01b5f52604160045260245ffd5b60405290565b60405161022081016001600160401b0381118282101715614a6f57634e487b7160e01b5f52604160045260245ffd5b8051611b478161466d565b8051611b4781613dc5565b5f610140828403128015614acc575f5ffd5b50614ad5614a40565b614ade83614aa4565b8152614aec60208401614aa4565b6020820152614afd60408401614aa4565b6040820152614b0e60608401614aa4565b6060820152614b1f60808401614aa4565b6080820152614b3060a08401614aaf565b60a0820152614b4160c08401614aaf565b60c0820152614b5260e08401614aa4565b60e0820152614b646101008401614aa4565b610100820152614b776101208401614aaf565b6101208201529392505050565b614b9882614b918361467b565b60ff169052565b614ba460208201613dd9565b63ffffffff166020830152614bbb60408201613dd9565b63ffffffff166040830152614bd260608201613dd9565b63ffffffff166060830152614be960808201613dd9565b63ffffffff166080830152614c0060a0820161433f565b6001600160401b031660a083015260c08181013590830152614c2460e0820161467b565b60ff1660e0830152614c396101008201613dd9565b63ffffffff16610100830152614c52610120820161467b565b60ff16610120830152614c686101408201613dd9565b63ffffffff16610140830152614c81610160820161467b565b60ff16610160830152614c976101808201613dd9565b63ffffffff16610180830152614cb06101a0820161467b565b60ff166101a0830152614cc66101c08201613dd9565b63ffffffff166101c0830152614cdf6101e0820161467b565b60ff166101e0830152614cf56102008201613dd9565b63ffffffff8116610200840152505050565b6102608101614a048286614b84565b5f610220828403128015614d28575f5ffd5b50614d31614a75565b614d3a8361467b565b8152614d4860208401613dd9565b6020820152614d5960408401613dd9565b6040820152614d6a60608401613dd9565b6060820152614d7b60808401613dd9565b6080820152614d8c60a0840161433f565b60a082015260c08381013590820152614da760e0840161467b565b60e0820152614db96101008401613dd9565b610100820152614dcc610120840161467b565b610120820152614ddf6101408401613dd9565b610140820152614df2610160840161467b565b610160820152614e056101808401613dd9565b610180820152614e186101a0840161467b565b6101a0820152614e2b6101c08401613dd9565b6101c0820152614e3e6101e0840161467b565b6101e0820152614e516102008401613dd9565b6102008201529392505050565b61022081016110068284614b84565b5f60208284031215614e7d575f5ffd5b81518015158114610d88575f5ffd5b5f81356110068161466d565b5f813561100681613dc5565b5f81356110068161432b565b614ecd614ebc83614e8c565b825460ff191660ff91909116178255565b614ef8614edc60208401614e98565b825464ffffffff00191660089190911b64ffffffff0016178255565b614f2b614f0760408401614e98565b825468ffffffff0000000000191660289190911b68ffffffff000000000016178255565b614f60614f3a60608401614e98565b82546cffffffff000000000000000000191660489190911b63ffffffff60481b16178255565b614f93614f6f60808401614e98565b82805463ffffffff60681b191660689290921b63ffffffff60681b16919091179055565b614fce614fa260a08401614ea4565b82805467ffffffffffffffff60881b191660889290921b67ffffffffffffffff60881b16919091179055565b60c0820135600182015560028101614feb614ebc60e08501614e8c565b614ffb614edc6101008501614e98565b61502961500b6101208501614e8c565b825465ff0000000000191660289190911b65ff000000000016178255565b61505f6150396101408501614e98565b825469ffffffff000000000000191660309190911b69ffffffff00000000000016178255565b61508d61506f6101608501614e8c565b82805460ff60501b191660509290921b60ff60501b16919091179055565b6150c161509d6101808501614e98565b82805463ffffffff60581b191660589290921b63ffffffff60581b16919091179055565b6150ef6150d16101a08501614e8c565b82805460ff60781b191660789290921b60ff60781b16919091179055565b6151236150ff6101c08501614e98565b82805463ffffffff60801b191660809290921b63ffffffff60801b16919091179055565b6151516151336101e08501614e8c565b82805460ff60a01b191660a09290921b60ff60a01b16919091179055565b6138da6151616102008501614e98565b82805463ffffffff60a81b191660a89290921b63ffffffff60a81b16919091179055565b5f60208284031215615195575f5ffd5b8135610d888161432b565b634e487b7160e01b5f52601260045260245ffd5b5f826151c2576151c26151a0565b500490565b61024081016151d68285614b84565b6001600160401b0383166102208301529392505050565b5f602082840312156151fd575f5ffd5b8151610d888161432b565b6001600160a01b0381168114613dd6575f5ffd5b5f6020828403121561522c575f5ffd5b8135610d8881615208565b5f60208284031215615247575f5ffd5b8135610d8881613dc5565b5f60208284031215615262575f5ffd5b8135610d888161466d565b5f6001820161527e5761527e614804565b5060010190565b5f813561100681615208565b80546001600160a01b0319166001600160a01b0392909216919091179055565b6152c36152bd83615285565b82615291565b6152db6152d260208401615285565b60018301615291565b60408201356002820155606082013560038201556080820135600482015560a0820135600582015560c082013560068201556007810161533e61532060e08501614ea4565b825467ffffffffffffffff19166001600160401b0391909116178255565b61537b61534e6101008501614ea4565b825467ffffffffffffffff60401b191660409190911b6fffffffffffffffff000000000000000016178255565b61538b6150ff6101208501614e98565b61539b6151336101408501614e8c565b6138da6153ab6101608501614ea4565b82805467ffffffffffffffff60a81b191660a89290921b67ffffffffffffffff60a81b16919091179055565b60ff828116828216039081111561100657611006614804565b5f5f8335601e19843603018112615405575f5ffd5b8301803591506001600160401b0382111561541e575f5ffd5b6020019150600581901b3603821315612a8d575f5ffd5b8181038181111561100657611006614804565b818382375f9101908152919050565b808202811582820484141761100657611006614804565b6040810161547c8285613fb5565b610d886020830184613fb5565b63ffffffff818116838216019081111561100657611006614804565b5f60ff821660ff81036154ba576154ba614804565b60010192915050565b5f63ffffffff8316806154d8576154d86151a0565b8063ffffffff84160491505092915050565b5f63ffffffff8316806154ff576154ff6151a0565b8063ffffffff84160691505092915050565b63ffffffff818116838216029081169081811461446957614469614804565b815160ff16815261022081016020830151615553602084018263ffffffff169052565b50604083015161556b604084018263ffffffff169052565b506060830151615583606084018263ffffffff169052565b50608083015161559b608084018263ffffffff169052565b5060a08301516155b660a08401826001600160401b03169052565b5060c083015160c083015260e08301516155d560e084018260ff169052565b506101008301516155ef61010084018263ffffffff169052565b5061012083015161560661012084018260ff169052565b5061014083015161562061014084018263ffffffff169052565b5061016083015161563761016084018260ff169052565b5061018083015161565161018084018263ffffffff169052565b506101a08301516156686101a084018260ff169052565b506101c08301516156826101c084018263ffffffff169052565b506101e08301516156996101e084018260ff169052565b5061020083015161446961020084018263ffffffff169052565b5f82518060208501845e5f920191825250919050565b634e487b7160e01b5f52603260045260245ffd5b6001600160401b03818116838216029081169081811461446957614469614804565b61024081016151d682856148ef565b5f5f6040838503121561571f575f5ffd5b825161572a8161466d565b6020840151909250613e0781613dc5565b5f5f85851115615749575f5ffd5b83861115615755575f5ffd5b5050820193919092039150565b80356001600160e01b03198116906004841015614469576001600160e01b031960049490940360031b84901b169092169291505056fea26469706673582212205c8ac7007b4af3ecace7ab4a9c7f5c88536af9bc31e4b5af32483b84e46cc25264736f6c63430008250033",
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
// Solidity: function stepShape((uint8,uint32,uint32,uint32,uint32,uint64,bytes32,uint8,uint32,uint8,uint32,uint8,uint32,uint8,uint32,uint8,uint32) d, uint64 e, uint64 i) view returns((uint8,uint8,uint8,uint8,uint8,uint32,uint32,uint8,uint8,uint32))
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
// Solidity: function stepShape((uint8,uint32,uint32,uint32,uint32,uint64,bytes32,uint8,uint32,uint8,uint32,uint8,uint32,uint8,uint32,uint8,uint32) d, uint64 e, uint64 i) view returns((uint8,uint8,uint8,uint8,uint8,uint32,uint32,uint8,uint8,uint32))
func (pinpointGame *PinpointGame) TryPackStepShape(d PinpointShapesNode, e uint64, i uint64) ([]byte, error) {
	return pinpointGame.abi.Pack("stepShape", d, e, i)
}

// UnpackStepShape is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6031c8eb.
//
// Solidity: function stepShape((uint8,uint32,uint32,uint32,uint32,uint64,bytes32,uint8,uint32,uint8,uint32,uint8,uint32,uint8,uint32,uint8,uint32) d, uint64 e, uint64 i) view returns((uint8,uint8,uint8,uint8,uint8,uint32,uint32,uint8,uint8,uint32))
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
