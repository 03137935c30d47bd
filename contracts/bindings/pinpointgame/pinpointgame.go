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
	ABI: "[{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"fanoutBits_\",\"type\":\"uint8\"},{\"internalType\":\"contractIPinpointShapes\",\"name\":\"shapes_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"BadFrontier\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"}],\"name\":\"BadFrontierSize\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadNode\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadPick\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadProof\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadSetup\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ClockExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"ClockRunning\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"GameOver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"op\",\"type\":\"uint8\"}],\"name\":\"InvalidOp\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"NoGame\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotFirstPick\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"NotYourTurn\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pathLength\",\"type\":\"uint256\"}],\"name\":\"ProofIndexTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"want\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"got\",\"type\":\"uint32\"}],\"name\":\"WrongMoveNumber\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumPinpointGame.Phase\",\"name\":\"want\",\"type\":\"uint8\"},{\"internalType\":\"enumPinpointGame.Phase\",\"name\":\"have\",\"type\":\"uint8\"}],\"name\":\"WrongPhase\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZkDisabled\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"judge\",\"type\":\"address\"}],\"name\":\"ElementJudgeSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"opsDigest\",\"type\":\"bytes32\"}],\"name\":\"ElementProved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"client\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"}],\"name\":\"Opened\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"enumPinpointGame.Result\",\"name\":\"result\",\"type\":\"uint8\"}],\"name\":\"Resolved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"enumPinpointGame.Level\",\"name\":\"level\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"idx\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"rem\",\"type\":\"uint8\"}],\"name\":\"Revealed\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"mv\",\"type\":\"uint32\"}],\"name\":\"acceptElement\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"clientOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"mv\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"prevState\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"prevProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"frontier\",\"type\":\"bytes32[]\"}],\"name\":\"commitGraph\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"mv\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"lastProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"frontier\",\"type\":\"bytes32[]\"}],\"name\":\"commitSteps\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"mv\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"mapLeaf\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"mapProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"src\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"srcProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"batchRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"nextMeta\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"batchProof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structPinpointGame.AssemblyOpening\",\"name\":\"o\",\"type\":\"tuple\"}],\"name\":\"defendAssembly\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"mv\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"src\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"srcProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"batchRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"nextMeta\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"batchProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"header\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataLeaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"dataProof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structPinpointGame.Opening\",\"name\":\"a\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"src\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"srcProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"batchRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"nextMeta\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"batchProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"header\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataLeaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"dataProof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structPinpointGame.Opening\",\"name\":\"b\",\"type\":\"tuple\"}],\"name\":\"defendStep\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"mv\",\"type\":\"uint32\"}],\"name\":\"disputeAssembly\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"mv\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"operands\",\"type\":\"bytes\"},{\"internalType\":\"uint64\",\"name\":\"q\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"src\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"srcProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"batchRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"nextMeta\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"batchProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"header\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataLeaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"dataProof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structPinpointGame.Opening\",\"name\":\"o\",\"type\":\"tuple\"}],\"name\":\"disputeOperand\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"elementJudge\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"fanoutBits\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"gameCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"kernel\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"p0\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"p1\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"p2\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"p3\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"numel\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"outHeader\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"src0Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src0Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src1Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src1Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src2Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src2Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src3Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src3Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src4Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src4Index\",\"type\":\"uint32\"}],\"internalType\":\"structPinpointShapes.Node\",\"name\":\"d\",\"type\":\"tuple\"}],\"name\":\"nodeLeaf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"nodesRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateMapRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"agreed\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"disputed\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"firstStep\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"segLen\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"numNodes\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"stateDepth\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"clock\",\"type\":\"uint64\"}],\"internalType\":\"structPinpointGame.Setup\",\"name\":\"s\",\"type\":\"tuple\"}],\"name\":\"open\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"mv\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"kernel\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"p0\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"p1\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"p2\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"p3\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"numel\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"outHeader\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"src0Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src0Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src1Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src1Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src2Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src2Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src3Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src3Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src4Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src4Index\",\"type\":\"uint32\"}],\"internalType\":\"structPinpointShapes.Node\",\"name\":\"desc\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"descProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"header\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"frontier\",\"type\":\"bytes32[]\"}],\"name\":\"openNode\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"mv\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"lastLeaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"lastProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"frontier\",\"type\":\"bytes32[]\"}],\"name\":\"openTrace\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"mv\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"node\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"q\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"path\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint8\",\"name\":\"lane\",\"type\":\"uint8\"}],\"name\":\"pick\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"mv\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"operands\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"proveElement\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"result\",\"outputs\":[{\"internalType\":\"enumPinpointGame.Result\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"mv\",\"type\":\"uint32\"},{\"internalType\":\"bytes32[]\",\"name\":\"frontier\",\"type\":\"bytes32[]\"}],\"name\":\"reveal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"judge\",\"type\":\"address\"}],\"name\":\"setElementJudge\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"shapes\",\"outputs\":[{\"internalType\":\"contractIPinpointShapes\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"state\",\"outputs\":[{\"components\":[{\"internalType\":\"enumPinpointGame.Phase\",\"name\":\"phase\",\"type\":\"uint8\"},{\"internalType\":\"enumPinpointGame.Level\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"enumPinpointGame.Result\",\"name\":\"result\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"solverTurn\",\"type\":\"bool\"},{\"internalType\":\"uint32\",\"name\":\"moves\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"idx\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"rem\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"step\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"node\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"element\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"traceLen\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"clockSolver\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"clockChallenger\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lastMove\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"cur\",\"type\":\"bytes32\"}],\"internalType\":\"structPinpointGame.View\",\"name\":\"v\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"kernel\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"p0\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"p1\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"p2\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"p3\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"numel\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"outHeader\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"src0Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src0Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src1Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src1Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src2Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src2Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src3Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src3Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src4Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src4Index\",\"type\":\"uint32\"}],\"internalType\":\"structPinpointShapes.Node\",\"name\":\"d\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"e\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"i\",\"type\":\"uint64\"}],\"name\":\"stepShape\",\"outputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"op\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"kindA\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"kindB\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"slotA\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"slotB\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"payA\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"payB\",\"type\":\"uint32\"}],\"internalType\":\"structPinpointShapes.Shape\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"timeout\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"kernel\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"p0\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"p1\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"p2\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"p3\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"numel\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"outHeader\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"src0Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src0Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src1Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src1Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src2Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src2Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src3Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src3Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src4Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src4Index\",\"type\":\"uint32\"}],\"internalType\":\"structPinpointShapes.Node\",\"name\":\"d\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"e\",\"type\":\"uint64\"}],\"name\":\"traceLength\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "PinpointGame",
	Bin: "0x60e060405234801561000f575f5ffd5b5060405161546438038061546483398101604081905261002e9161008e565b60ff82161580610041575060088260ff16115b8061005457506001600160a01b0381163b155b156100715760405162de0e3560e11b815260040160405180910390fd5b60ff9091166080526001600160a01b031660a0523360c0526100d6565b5f5f6040838503121561009f575f5ffd5b825160ff811681146100af575f5ffd5b60208401519092506001600160a01b03811681146100cb575f5ffd5b809150509250929050565b60805160a05160c05161531e6101465f395f61147201525f818161018b01528181610ae501528181610c2b01528181610d6e01528181610e1d01528181612650015261282201525f8181610339015281816112d20152818161130301528181611dea0152611e1b015261531e5ff3fe608060405234801561000f575f5ffd5b506004361061016d575f3560e01c80637fc875f2116100d9578063cad1dcee11610093578063cfd1167d1161006e578063cfd1167d146103cc578063d5b4678a146103df578063eb4c848c146103f2578063ecef6c5614610405575f5ffd5b8063cad1dcee14610393578063cafb8a31146103a6578063cf77304d146103b9575f5ffd5b80637fc875f2146102e35780638dd2e43f146102f65780639d0da4d4146103215780639e2b991b14610334578063c4ffbcb21461036d578063c7b5c95d14610380575f5ffd5b80633e4f49e61161012a5780633e4f49e61461023c57806345b569f01461025c5780634d1975b41461026f57806350e3ccc0146102855780635df11015146102b05780636031c8eb146102c3575f5ffd5b806308148f7a14610171578063184f9654146101865780631d4b3916146101ca57806325aa4dd0146101dd57806326b0cbb7146101f05780633c59405914610203575b5f5ffd5b61018461017f3660046139e3565b610418565b005b6101ad7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020015b60405180910390f35b6101846101d8366004613a19565b6104f2565b6101846101eb366004613a87565b610513565b6101846101fe366004613b22565b61060d565b61022f6102113660046139e3565b5f90815260016020526040902060080154600160b01b900460ff1690565b6040516101c19190613bdc565b61024f61024a3660046139e3565b6106c5565b6040516101c19190613c0a565b61018461026a366004613db1565b610894565b6102775f5481565b6040519081526020016101c1565b6101ad6102933660046139e3565b5f908152600160205260409020600801546001600160a01b031690565b6101846102be366004613e3a565b610a7e565b6102d66102d1366004613ec7565b610aa2565b6040516101c19190613f11565b6101846102f1366004613f89565b610b6f565b61030961030436600461403c565b610d55565b6040516001600160401b0390911681526020016101c1565b6002546101ad906001600160a01b031681565b61035b7f000000000000000000000000000000000000000000000000000000000000000081565b60405160ff90911681526020016101c1565b61018461037b36600461407a565b610ded565b61027761038e3660046140f8565b610f5d565b6101846103a1366004614112565b6111d6565b6101846103b43660046141a6565b6112b6565b6101846103c736600461423a565b611467565b6101846103da366004614255565b61152c565b6101846103ed3660046142a4565b611764565b610277610400366004614338565b611837565b610184610413366004613a19565b61184a565b5f61042282611925565b60088101549091505f90600160b81b900460ff16610454576009820154600160801b90046001600160401b031661046a565b6009820154600160401b90046001600160401b03165b60098301549091505f906104889083906001600160401b0316614367565b9050806001600160401b031642116104c3576040516303a5cac360e01b81526001600160401b03821660048201526024015b60405180910390fd5b6104ec84848560080160179054906101000a900460ff166104e55760016119bb565b60026119bb565b50505050565b5f61050083835f600a611a3b565b905061050e838260016119bb565b505050565b5f610522898960016004611a3b565b60078101549091505f906105509061054b90600160401b90046001600160401b03166001614386565b611cf7565b905060ff81168614158061059e5750600d820154600b83015461059b908a9061058b90600190600160481b90046001600160401b0316614399565b6001600160401b03168a8a611d1a565b14155b156105bc57604051637ca55c7760e01b815260040160405180910390fd5b600e82018890556010820185905560078201546105f590839060019088906105f090600160801b900463ffffffff16611cf7565b611d6a565b6106018a838686611ddf565b50505050505050505050565b5f61061b8888600180611a3b565b60078101549091505f906106449061054b90600160401b90046001600160401b03166001614386565b905060ff81168514158061067d575060068201546007830154889161067a91600160401b90046001600160401b03168989611d1a565b14155b1561069b57604051637ca55c7760e01b815260040160405180910390fd5b600d82018790556106ae825f8984611d6a565b6106ba89838686611ddf565b505050505050505050565b610740604080516101e08101909152805f81526020015f81526020015f81525f6020820181905260408201819052606082018190526080820181905260a0820181905260c0820181905260e0820181905261010082018190526101208201819052610140820181905261016082018190526101809091015290565b5f828152600160205260409081902081516101e0810190925260088101549091908190600160a01b900460ff16600a81111561077e5761077e613bb4565b81526020018260080160159054906101000a900460ff1660048111156107a6576107a6613bb4565b81526020018260080160169054906101000a900460ff1660028111156107ce576107ce613bb4565b8152600883015460ff600160b81b820481161515602084015263ffffffff600160c01b90920482166040840152600b8501546001600160401b038082166060860152600160401b8083049093166080860152600160481b8204811660a0860152600160881b820490931660c0850152600160a81b9004821660e0840152600c850154821661010084015260098501549081048216610120840152600160801b8104821661014084015216610160820152600a909201546101809092019190915292915050565b5f86815260016020526040812060080154600160a01b900460ff1690600682600a8111156108c4576108c4613bb4565b1480610932575060045f89815260016020526040902060080154600160a81b900460ff1660048111156108f9576108f9613bb4565b1480156109325750600282600a81111561091557610915613bb4565b14806109325750600782600a81111561093057610930613bb4565b145b90505f61094e8989600185610948576006611a3b565b86611a3b565b6002549091506001600160a01b03168061097b5760405163a2a34ef760e01b815260040160405180910390fd5b6013820154600c830154604051631955dae160e01b81525f926001600160a01b03851692631955dae1926109db9260ff8116926501000000000090910463ffffffff90811692600160401b90920416908f908f908f908f906004016143e0565b602060405180830381865afa1580156109f6573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610a1a9190614427565b6016840181905560088401805463ff0000ff60a01b1916600560a11b1790556040518181529091508b907fe973d8e2949a57708353f92f4235b0e74244d51a035b72c42bea554b3bb544c09060200160405180910390a25050505050505050505050565b5f610a8d858560016002611a3b565b9050610a9b85828585611ddf565b5050505050565b6040805160e0810182525f80825260208201819052818301819052606082018190526080820181905260a0820181905260c08201529051636031c8eb60e01b81527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690636031c8eb90610b26908790879087906004016145c1565b60e060405180830381865afa158015610b41573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610b659190614685565b90505b9392505050565b5f610b7e8a8a60016005611a3b565b6007810154909150610b9c90600160801b900463ffffffff16611cf7565b60ff168614610bbe57604051637ca55c7760e01b815260040160405180910390fd5b6002810154610bf6610bdd610bd8368c90038c018c61471f565b611f3c565b600b840154600160881b900463ffffffff168a8a611d1a565b14610c1457604051637ca55c7760e01b815260040160405180910390fd5b6040516306c3ed8960e11b81526001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690630d87db1290610c60908b90600401614867565b602060405180830381865afa158015610c7b573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610c9f9190614876565b610cbc576040516305bb030160e31b815260040160405180910390fd5b8760c0013585141580610cdc57508060110154610cd98686611fa8565b14155b15610cfa57604051637ca55c7760e01b815260040160405180910390fd5b8760138201610d0982826148b9565b905050610d49816003866105f060088d60a0016020810190610d2b9190614b94565b610d3f906001600160401b03166007614386565b61054b9190614bc3565b6106018a828585611ddf565b604051638dd2e43f60e01b81525f906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690638dd2e43f90610da59086908690600401614bd6565b602060405180830381865afa158015610dc0573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610de49190614bfc565b90505b92915050565b5f610dfc858560016007611a3b565b600b810154604051636031c8eb60e01b81529192505f916001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001691636031c8eb91610e699160138701916001600160401b03600160a81b83048116921690600401614d1d565b60e060405180830381865afa158015610e84573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610ea89190614685565b600a8301549091505f610eba82611fb3565b905081610ec78483611fbf565b14610ee157610ed8888560026119bb565b505050506104ec565b5f610efb85856020015186606001518760a001518b612052565b90505f610f1786866040015187608001518860c001518b612052565b90505f610f28865f015184846121ce565b9050610f508b888663ffffffff168463ffffffff1614610f495760026119bb565b60016119bb565b5050505050505050505050565b5f80610f6c602084018461423a565b6001600160a01b03161480610f9857505f610f8d604084016020850161423a565b6001600160a01b0316145b80610fcf5750610fae604083016020840161423a565b6001600160a01b0316610fc4602084018461423a565b6001600160a01b0316145b80610ff25750610fe761012083016101008401614b94565b6001600160401b0316155b80611012575061100a61014083016101208401614d2c565b63ffffffff16155b80611035575061102a61018083016101608401614b94565b6001600160401b0316155b80611052575061104d61016083016101408401614d47565b60ff16155b1561106f5760405162de0e3560e11b815260040160405180910390fd5b5f5f815461107c90614d62565b91829055505f818152600160205260409020909150828161109d8282614da6565b50506008810180546001600160a81b0319163360ff60a01b191617600160a01b1760ff60b81b1916600160b81b1790556009810180546001600160401b03421667ffffffffffffffff199091161790556110ff61018084016101608501614b94565b6009820180546001600160401b0392909216600160401b0267ffffffffffffffff60401b1990921691909117905561113f61018084016101608501614b94565b6009820180546001600160401b0392909216600160801b0267ffffffffffffffff60801b1990921691909117905533827f58a5aab4fa01bfbdc74f179a01ed419cff11397eaff73344aec9e87349af962c61119d602087018761423a565b6111ad604088016020890161423a565b604080516001600160a01b0393841681529290911660208301520160405180910390a350919050565b5f6111e5898960016006611a3b565b600c8101549091505f90611201906001600160401b0316611cf7565b905060ff8116851415806112455750600c8201548890611242908990611232906001906001600160401b0316614399565b6001600160401b03168989611d1a565b14155b1561126357604051637ca55c7760e01b815260040160405180910390fd5b600c820154600160401b900463ffffffff1661127e88611fb3565b63ffffffff16146112a257604051637ca55c7760e01b815260040160405180910390fd5b601282018890556105f58260048a84611d6a565b5f6112c488885f6003611a3b565b600b8101549091505f9060ff7f00000000000000000000000000000000000000000000000000000000000000008116600160401b9092041610611327577f0000000000000000000000000000000000000000000000000000000000000000611337565b600b820154600160401b900460ff165b905060ff811684141580611350575060ff811686901c15155b1561136e576040516350e056af60e11b815260040160405180910390fd5b81600a0154611399888888888660ff1688600b0160089054906101000a900460ff1660ff16146122e1565b146113b7576040516350e056af60e11b815260040160405180910390fd5b600a8201879055600b8201805467ffffffffffffffff1981166001600160401b0391821660ff8581169190911b8a1790921617808355839291600891611406918591600160401b900416614ecc565b82546101009290920a60ff818102199093169183160217909155600b840154600160401b9004161590506114535750600801805463ff0000ff60a01b19166280000160a11b17905561145e565b6106ba898385612369565b50505050505050565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161415806114a957506002546001600160a01b031615155b806114bb57506001600160a01b038116155b156114d85760405162de0e3560e11b815260040160405180910390fd5b600280546001600160a01b0319166001600160a01b0383169081179091556040519081527f3542cab5fa1291bfba41d5555c44bbf9d6573fd6ec1ce69034e3fc7e03135ceb9060200160405180910390a150565b5f61153b848460016008611a3b565b600b8101549091506001600160401b03165f81810361157f5761157483608086013560a087013561156f60c0890189614ee5565b61277c565b5060a0830135611745565b6007830154600160a01b900460ff1661159b6020860186614ee5565b9050146115bb57604051637ca55c7760e01b815260040160405180910390fd5b60038301546115e185356001600160401b0385166115dc6020890189614ee5565b611d1a565b146115ff57604051637ca55c7760e01b815260040160405180910390fd5b83355f0361168a576007830154600160a01b900460ff166116236060860186614ee5565b90501461164357604051637ca55c7760e01b815260040160405180910390fd5b600e83015461166760408601356001600160401b0385166115dc6060890189614ee5565b1461168557604051637ca55c7760e01b815260040160405180910390fd5b61173e565b5f61169760018635614f2a565b6007850154909150600160801b900463ffffffff16811015806116e5575060078401546116d090600160801b900463ffffffff16611cf7565b60ff166116e06060870187614ee5565b905014155b1561170357604051637ca55c7760e01b815260040160405180910390fd5b601084015461171e6040870135836115dc60608a018a614ee5565b1461173c57604051637ca55c7760e01b815260040160405180910390fd5b505b5060408301355b61175c868485600a01548414610f495760026119bb565b505050505050565b5f61177287875f600a611a3b565b905080601601548585604051611789929190614f3d565b60405180910390201415806117b15750836117ae6001600160401b0385166004614f4c565b10155b156117cf57604051637ca55c7760e01b815260040160405180910390fd5b5f5f6117db83866127ed565b915091506117f38787876001600160401b0316612955565b63ffffffff16611807846001858589612052565b63ffffffff160361182b57604051637ca55c7760e01b815260040160405180910390fd5b6106ba898460026119bb565b5f610de7610bd83684900384018461471f565b5f61185883835f6003611a3b565b905060016008820154600160a81b900460ff16600481111561187c5761187c613bb4565b1415806118955750600b8101546001600160401b031615155b806118cc575060078101546118b690600160801b900463ffffffff16611cf7565b600b820154600160401b900460ff908116911614155b156118ea57604051635396738360e01b815260040160405180910390fd5b600f810154600782015461190d91839160029190600160a01b900460ff16611d6a565b600801805460ff60b81b1916600160b81b1790555050565b5f818152600160205260408120906008820154600160a01b900460ff16600a81111561195357611953613bb4565b03611974576040516365450a8960e01b8152600481018390526024016104ba565b5f6008820154600160b01b900460ff16600281111561199557611995613bb4565b146119b657604051633496ed1560e01b8152600481018390526024016104ba565b919050565b60088201805482919060ff60b01b1916600160b01b8360028111156119e2576119e2613bb4565b021790555060088201805460ff60a01b1916600960a01b17905560405183907f8a1c7850cb95b6648c597d19ad5a66ce32698f83f344546e66f4229ce5dacff990611a2e908490613bdc565b60405180910390a2505050565b5f611a4585611925565b600881015490915063ffffffff858116600160c01b9092041614611a995760088101546040516367c5cfd560e01b8152600160c01b90910463ffffffff9081166004830152851660248201526044016104ba565b600881015460ff600160b81b909104161515831515141580611af0575082611ace5760018101546001600160a01b0316611ada565b80546001600160a01b03165b6001600160a01b0316336001600160a01b031614155b15611b10576040516349f5ad1160e01b81523360048201526024016104ba565b81600a811115611b2257611b22613bb4565b6008820154600160a01b900460ff16600a811115611b4257611b42613bb4565b14611b7557818160080160149054906101000a900460ff166040516305fb5e1b60e01b81526004016104ba929190614f63565b60098101545f90611b8f906001600160401b031642614399565b90508315611c1f5760098201546001600160401b03600160401b90910481169082161115611bd0576040516328dedbb960e21b815260040160405180910390fd5b808260090160088282829054906101000a90046001600160401b0316611bf69190614399565b92506101000a8154816001600160401b0302191690836001600160401b03160217905550611ca3565b60098201546001600160401b03600160801b90910481169082161115611c58576040516328dedbb960e21b815260040160405180910390fd5b808260090160108282829054906101000a90046001600160401b0316611c7e9190614399565b92506101000a8154816001600160401b0302191690836001600160401b031602179055505b60098201805467ffffffffffffffff1916426001600160401b0316179055611ccc856001614f7e565b8260080160186101000a81548163ffffffff021916908363ffffffff16021790555050949350505050565b5f5b818160ff166001901b10156119b65780611d1281614f9a565b915050611cf9565b5f61010082108015611d2d575083821c15155b15611d555760405163177e5bcb60e01b815260048101859052602481018390526044016104ba565b611d618585858561299b565b95945050505050565b60088401805484919060ff60a81b1916600160a81b836004811115611d9157611d91613bb4565b0217905550600a8401829055600b8401805468ffffffffffffffffff1916600160401b60ff8416021790556008840180546002919060ff60a01b1916600160a01b835b021790555050505050565b600b8301545f9060ff7f00000000000000000000000000000000000000000000000000000000000000008116600160401b9092041610611e3f577f0000000000000000000000000000000000000000000000000000000000000000611e4f565b600b840154600160401b900460ff165b9050600160ff82161b8214611e77576040516301011fe960e71b815260040160405180910390fd5b600a840154600b850154611e9d908590859060ff868116600160401b9092041614612a41565b14611ebb576040516301011fe960e71b815260040160405180910390fd5b600884018054600360a01b63ff0000ff60a01b199091161790819055600b85015460405187927fabee462a101e928858f3217679f46322b07c5121571792b957c25b03c18f583c92611f2d9260ff600160a81b9093048316926001600160401b03831692600160401b90041690614fb8565b60405180910390a25050505050565b5f600282604051602001611f509190614fe6565b60408051601f1981840301815290829052611f6a91615169565b602060405180830381855afa158015611f85573d5f5f3e3d5ffd5b5050506040513d601f19601f82011682018060405250810190610de79190614427565b5f610de48383612bfd565b5f610de7826010612c36565b5f5f6060611fcc84612c64565b63ffffffff16901b6080611fe38660c00151612c64565b63ffffffff16901b60a0611ffa8760a00151612c64565b63ffffffff16901b60d8876080015160ff16901b60e0886060015160ff16901b60e8896040015160ff16901b60f08a6020015160ff16901b60f88b5f015160ff16901b171717171717179050805f1b91505092915050565b5f60ff8516612062575081611d61565b60021960ff86160161207557505f611d61565b60011960ff86160161213557600b8601546001600160401b031663ffffffff84161015806120ca5750600c8601546120b5906001600160401b0316611cf7565b60ff166120c56020840184614ee5565b905014155b156120e857604051637ca55c7760e01b815260040160405180910390fd5b6012860154612106833563ffffffff86166115dc6020870187614ee5565b1461212457604051637ca55c7760e01b815260040160405180910390fd5b61212e8235611fb3565b9050611d61565b5f612141878685612ca4565b90505f61216a60c085013561215760088861517f565b63ffffffff166115dc60e0880188614ee5565b90508161217b8560a0013583611fa8565b1461219957604051637ca55c7760e01b815260040160405180910390fd5b6121c260c08501356121ac6008886151a6565b6121b79060046151cd565b63ffffffff16612c36565b98975050505050505050565b5f5f1960ff8516016121eb576121e48383612e4b565b9050610b68565b60021960ff851601612201576121e48383613037565b60011960ff851601612217576121e48383613147565b60051960ff85160161222d576121e48383613158565b60031960ff851601612243576121e483836131ae565b60071960ff851601612259576121e48383613303565b60061960ff85160161226f576121e48383613357565b60041960ff851601612284576121e4836133a6565b60081960ff851601612299576121e48361345e565b60091960ff8516016122ae576121e4836134ef565b600a1960ff8516016122c3576121e483613558565b604051633e920abf60e21b815260ff851660048201526024016104ba565b5f81156122f45761212e8686868661299b565b50845f5b8381101561235f57600186821c8116146123335761232e82868684818110612322576123226151ec565b905060200201356135b4565b612355565b612355858583818110612348576123486151ec565b90506020020135836135b4565b91506001016122f8565b5095945050505050565b600882018054600160b81b60ff60b81b19821617909155600160a81b900460ff165f81600481111561239d5761239d613bb4565b0361245d57600b8301546001600160401b03165f8190036123d557610a9b8585865f016005015487600a015414610f495760026119bb565b60078401546001600160401b03600160401b9091048116908216111561240457610a9b858586600a01546135da565b600b8401805470ffffffffffffffff0000000000000000001916600160481b6001600160401b03841602179055600a840154600f8501556008840180546004919060ff60a01b1916600160a01b830217905550506104ec565b600181600481111561247157612471613bb4565b036124fb576007830154600b840154600160801b90910463ffffffff166001600160401b03909116106124ad576104ec848485600a01546135da565b600b8301805463ffffffff8116600160881b0263ffffffff60881b19909116179055600a83015460118401556008830180546005919060ff60a01b1916600160a01b835b02179055506104ec565b600281600481111561250f5761250f613bb4565b0361252d576008838101805460ff60a01b1916600160a01b836124f1565b600381600481111561254157612541613bb4565b036127355760088260ff161061256a576040516350e056af60e11b815260040160405180910390fd5b600b8301545f9060ff84169061258a906001600160401b03166008615200565b6125949190614367565b90505f6125b485600a01548560ff1660046125af9190614f4c565b612c36565b600b8601805467ffffffffffffffff60a81b1916600160a81b6001600160401b0386811691820292909217909255600c880180546bffffffff00000000000000001916600160401b63ffffffff8616021790556013880154929350600160881b909204909116116126375761175c868663ffffffff841615610f495760026119bb565b604051638dd2e43f60e01b81525f906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690638dd2e43f9061268a9060138a01908790600401615222565b602060405180830381865afa1580156126a5573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906126c99190614bfc565b9050806001600160401b03165f036126f35761145e878763ffffffff851615610f495760026119bb565b600c8601805467ffffffffffffffff19166001600160401b0383161790556008860180546006919060ff60a01b1916600160a01b8302179055505050506104ec565b600c830154600b8401546001600160401b03918216911610612760576104ec848485600a01546135da565b6008830180546007919060ff60a01b1916600160a01b83611dd4565b600b85015460078601545f916001916127a8916001600160401b03600160481b90910481169116614386565b6127b29190614f2a565b60048701549091506127cf6127c787876135ec565b838686611d1a565b1461175c57604051637ca55c7760e01b815260040160405180910390fd5b600b82015460138301545f918291600160a81b9091046001600160401b03169060ff165f19016128f8575f6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016636031c8eb601388018461285760028a615231565b612862906002615200565b6040518463ffffffff1660e01b815260040161288093929190614d1d565b60e060405180830381865afa15801561289b573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906128bf9190614685565b90506128cc60028661525e565b6001600160401b0316156128e65760018160c001516128ed565b5f8160a001515b93509350505061294e565b601385015460ff1660021480156129185750836001600160401b03166001145b1561294857601385015460019061293e9065010000000000900463ffffffff168361525e565b925092505061294e565b83925090505b9250929050565b5f8383612963846004614f4c565b9061296f856004614f4c565b61297a906004614386565b926129879392919061528b565b612990916152b2565b60e01c949350505050565b5f6040515f815385600182015260205f60218360025afa6129c35763832d99055f526004601cfd5b5f519150838360051b8101600183535b80821015612a36576001871680156129f75782356001850152846021850152612a05565b846001850152823560218501525b5060205f60418560025afa612a215763832d99055f526004601cfd5b5f5193508660011c96506020820191506129d3565b505050949350505050565b5f82801580612a5b5750612a56600182614f2a565b811615155b15612a7c57604051636d19f66360e11b8152600481018290526024016104ba565b5f816001600160401b03811115612a9557612a956145f8565b604051908082528060200260200182016040528015612abe578160200160208202803683370190505b5090505f5b82811015612b345784612aee57868682818110612ae257612ae26151ec565b90506020020135612b0f565b612b0f878783818110612b0357612b036151ec565b90506020020135613667565b828281518110612b2157612b216151ec565b6020908102919091010152600101612ac3565b505b6001821115612bd85760019190911c905f5b82811015612bd257612bad82612b5f836002614f4c565b81518110612b6f57612b6f6151ec565b602002602001015183836002612b859190614f4c565b612b90906001614386565b81518110612ba057612ba06151ec565b60200260200101516135b4565b828281518110612bbf57612bbf6151ec565b6020908102919091010152600101612b48565b50612b36565b805f81518110612bea57612bea6151ec565b6020026020010151925050509392505050565b5f6040516002815383600182015282602182015260205f60418360025afa612c2c5763832d99055f526004601cfd5b50505f5192915050565b5f80612c4383601c614f2a565b612c4e906008614f4c565b84901c9050612c5c81612c64565b949350505050565b5f60188263ffffffff16901b60088363ffffffff16901b62ff00001660088463ffffffff16901c61ff001660188563ffffffff16901c1717179050919050565b5f5f5f612cb4866013018661368f565b90925090505f1960ff831601612d4b576007860154600160a01b900460ff16612ce06020860186614ee5565b905014612d0057604051637ca55c7760e01b815260040160405180910390fd5b600e860154612d288535612d1b63ffffffff85166001614386565b6115dc6020890189614ee5565b14612d4657604051637ca55c7760e01b815260040160405180910390fd5b612e40565b60011960ff831601612d9057612d72866040860135606087013561156f6080890189614ee5565b6040840135612d28853563ffffffff84166115dc6020890189614ee5565b60021960ff831601612e2757600b86015463ffffffff600160881b9091048116908216101580612deb57506007860154612dd690600160801b900463ffffffff16611cf7565b60ff16612de66020860186614ee5565b905014155b15612e0957604051637ca55c7760e01b815260040160405180910390fd5b6010860154612d28853563ffffffff84166115dc6020890189614ee5565b6040516305bb030160e31b815260040160405180910390fd5b505090359392505050565b5f637fffffff838116908316637f80000082101580612e745750637f80000063ffffffff821610155b15612f0757637f80000063ffffffff83161180612e9a5750637f80000063ffffffff8216115b15612ead57637fc0000092505050610de7565b637f7fffff1963ffffffff831601612efd5763ffffffff8116637f800000148015612ee457508363ffffffff168563ffffffff1614155b612eee5784612ef4565b637fc000005b92505050610de7565b8392505050610de7565b8063ffffffff165f03612f315763ffffffff821615612f265784612ef4565b505050818116610de7565b8163ffffffff165f03612f48578392505050610de7565b5f5f612f5384613783565b915091505f5f612f6285613783565b915091505f818412612f9e578184036040811115612f9057604086901b955060019350604085039150612f98565b94851b948291505b50612fca565b8382036040811115612fc057604084901b935060019550604083039150612fc8565b92831b928491505b505b63800000008a8116908a168103612ff757612fe881838689016137b8565b98505050505050505050610de7565b8386111561300c57612fe881838689036137b8565b8584111561302757612fe863800000008b16838887036137b8565b505f9a9950505050505050505050565b5f828218638000000016637fffffff808516908416637f8000008211806130675750637f80000063ffffffff8216115b1561307b57637fc000009350505050610de7565b637f7fffff1963ffffffff8316016130b55763ffffffff8116156130a557637f80000083176130ab565b637fc000005b9350505050610de7565b637f7fffff1963ffffffff8216016130df5763ffffffff8216156130a557637f80000083176130ab565b63ffffffff821615806130f6575063ffffffff8116155b1561310657829350505050610de7565b5f5f61311184613783565b915091505f5f61312085613783565b915091506131398763ffffffff168285018487026137b8565b9a9950505050505050505050565b5f610de48363800000008418612e4b565b5f637f800000637fffffff8416118061317a5750637f800000637fffffff8316115b1561318a5750637fc00000610de7565b61319382613862565b61319c84613862565b116131a75781610de4565b5090919050565b5f828218638000000016637fffffff808516908416637f8000008211806131de5750637f80000063ffffffff8216115b156131f257637fc000009350505050610de7565b637f7fffff1963ffffffff8316016132215763ffffffff8116637f800000146130a557637f80000083176130ab565b637f7fffff1963ffffffff82160161323e57829350505050610de7565b8063ffffffff165f036132635763ffffffff8216156130a557637f80000083176130ab565b8163ffffffff165f0361327b57829350505050610de7565b5f5f61328684613783565b915091505f5f61329585613783565b9092509050604084901b5f8382816132af576132af614baf565b0490505f8483816132c2576132c2614baf565b06156132cf5760016132d1565b5f5b60ff1690506132f28a63ffffffff1660418689030383600186901b176137b8565b9d9c50505050505050505050505050565b5f637f800000637fffffff841611156133215750637fc00000610de7565b6380000000831615801561333a575063ffffffff831615155b1561334f5761334882613891565b9050610de7565b505f92915050565b5f637f800000637fffffff841611806133795750637f800000637fffffff8316115b156133895750637fc00000610de7565b61339282613862565b61339b84613862565b106131a75781610de4565b5f637fffffff821681036133b8575090565b637f80000063ffffffff831611156133d55750637fc00000919050565b637f7fffff1963ffffffff8316016133eb575090565b5f5f6133f684613783565b91509150806001165f1461340f5760019190911b905f19015b605082901b5f61341e826138b4565b90505f8282830214613431576001613433565b5f5b60ff1690506134535f60016002604f198801050383600186901b176137b8565b979650505050505050565b5f637f800000637fffffff8316111561347c5750637fc00000919050565b5f6380000000831681036134b4576342fe00008363ffffffff1610156134aa576134a58361390c565b6134ad565b607f5b90506134e3565b6342fc0000637fffffff841610156134dc576134d5637fffffff841661390c565b5f036134e0565b607d195b90505b607f0160171b92915050565b5f637fffffff82168103613508575063ff800000919050565b637f80000063ffffffff831611156135255750637fc00000919050565b637f7fffff1963ffffffff8316016135425750637f800000919050565b5f61354c8361394c565b915050610b68816139be565b5f637fffffff82161580613575575063ffffffff8216637f800000145b156135855750633f800000919050565b637f80000063ffffffff831611156135a25750637fc00000919050565b5f6135ac8361394c565b509392505050565b5f6040516001815383600182015282602182015260205f60418360025afa612c2c575f5ffd5b61050e83838315610f495760026119bb565b604051600160fa1b602082015260218101839052604181018290525f9060029060610160408051601f198184030181529082905261362991615169565b602060405180830381855afa158015613644573d5f5f3e3d5ffd5b5050506040513d601f19601f82011682018060405250810190610de49190614427565b5f6040515f815382600182015260205f60218360025afa613686575f5ffd5b50505f51919050565b5f5f8260ff165f036136b7575050600282015460ff811690610100900463ffffffff1661294e565b8260ff166001036136eb575050600282015465010000000000810460ff16906601000000000000900463ffffffff1661294e565b8260ff1660020361371a5750506002820154600160501b810460ff1690600160581b900463ffffffff1661294e565b8260ff166003036137495750506002820154600160781b810460ff1690600160801b900463ffffffff1661294e565b8260ff166004036137785750506002820154600160a01b810460ff1690600160a81b900463ffffffff1661294e565b505f93849350915050565b627fffff81165f60ff601784901c168082036137a35760941991506137b2565b62800000831792506096810391505b50915091565b5f815f036137c7575082610b68565b811e60e88190036094198590038112156137e357846094190390505b5f5f82131561382f575083811c815f19600180831b820188169183011b8082118061381b5750808214801561381b5750836001166001145b15613827578360010193505b505050613838565b815f0385901b90505b60958683010160171b8101637f80000081106138555750637f8000005b9096179695505050505050565b5f638000000082161561388157637fffffff8216638000000003610de7565b5063ffffffff1663800000000190565b5f637f800000637fffffff8316116138a95781610de7565b637fc0000092915050565b6001811e610101819003821c82901b915f908385816138d5576138d5614baf565b048401901c90505b828110156139055780925060018385816138f9576138f9614baf565b048401901c90506138dd565b5050919050565b5f6101ff601783901c16607f81101561392757505f92915050565b8060960383627fffff16628000001763ffffffff16901c63ffffffff16915050919050565b5f80627fffff83166101ff601785901c1682036139825760e8811e607d1981900391909101925060e719011b627fffff16613992565b607e196101ff601786901c160191505b633f80000081179250633fb504f363ffffffff8416106137b257633f0000001793600190910192509050565b5f5f8212156139d857610de763800000005f8481036137b8565b610de75f5f846137b8565b5f602082840312156139f3575f5ffd5b5035919050565b63ffffffff81168114613a0b575f5ffd5b50565b80356119b6816139fa565b5f5f60408385031215613a2a575f5ffd5b823591506020830135613a3c816139fa565b809150509250929050565b5f5f83601f840112613a57575f5ffd5b5081356001600160401b03811115613a6d575f5ffd5b6020830191508360208260051b850101111561294e575f5ffd5b5f5f5f5f5f5f5f5f60c0898b031215613a9e575f5ffd5b883597506020890135613ab0816139fa565b96506040890135955060608901356001600160401b03811115613ad1575f5ffd5b613add8b828c01613a47565b9096509450506080890135925060a08901356001600160401b03811115613b02575f5ffd5b613b0e8b828c01613a47565b999c989b5096995094979396929594505050565b5f5f5f5f5f5f5f60a0888a031215613b38575f5ffd5b873596506020880135613b4a816139fa565b95506040880135945060608801356001600160401b03811115613b6b575f5ffd5b613b778a828b01613a47565b90955093505060808801356001600160401b03811115613b95575f5ffd5b613ba18a828b01613a47565b989b979a50959850939692959293505050565b634e487b7160e01b5f52602160045260245ffd5b60038110613bd857613bd8613bb4565b9052565b60208101610de78284613bc8565b600b8110613bd857613bd8613bb4565b60058110613bd857613bd8613bb4565b5f6101e082019050613c1d828451613bea565b6020830151613c2f6020840182613bfa565b506040830151613c426040840182613bc8565b506060830151613c56606084018215159052565b506080830151613c6e608084018263ffffffff169052565b5060a0830151613c8960a08401826001600160401b03169052565b5060c0830151613c9e60c084018260ff169052565b5060e0830151613cb960e08401826001600160401b03169052565b50610100830151613cd361010084018263ffffffff169052565b50610120830151613cf06101208401826001600160401b03169052565b50610140830151613d0d6101408401826001600160401b03169052565b50610160830151613d2a6101608401826001600160401b03169052565b50610180830151613d476101808401826001600160401b03169052565b506101a0830151613d646101a08401826001600160401b03169052565b506101c092830151919092015290565b5f5f83601f840112613d84575f5ffd5b5081356001600160401b03811115613d9a575f5ffd5b60208301915083602082850101111561294e575f5ffd5b5f5f5f5f5f5f60808789031215613dc6575f5ffd5b863595506020870135613dd8816139fa565b945060408701356001600160401b03811115613df2575f5ffd5b613dfe89828a01613d74565b90955093505060608701356001600160401b03811115613e1c575f5ffd5b613e2889828a01613d74565b979a9699509497509295939492505050565b5f5f5f5f60608587031215613e4d575f5ffd5b843593506020850135613e5f816139fa565b925060408501356001600160401b03811115613e79575f5ffd5b613e8587828801613a47565b95989497509550505050565b5f6102208284031215613ea2575f5ffd5b50919050565b6001600160401b0381168114613a0b575f5ffd5b80356119b681613ea8565b5f5f5f6102608486031215613eda575f5ffd5b613ee48585613e91565b9250610220840135613ef581613ea8565b9150610240840135613f0681613ea8565b809150509250925092565b5f60e08201905060ff835116825260ff602084015116602083015260ff604084015116604083015260ff606084015116606083015260ff608084015116608083015260a0830151613f6a60a084018263ffffffff169052565b5060c0830151613f8260c084018263ffffffff169052565b5092915050565b5f5f5f5f5f5f5f5f5f6102e08a8c031215613fa2575f5ffd5b8935985060208a0135613fb4816139fa565b9750613fc38b60408c01613e91565b96506102608a01356001600160401b03811115613fde575f5ffd5b613fea8c828d01613a47565b9097509550506102808a013593506102a08a013592506102c08a01356001600160401b03811115614019575f5ffd5b6140258c828d01613a47565b915080935050809150509295985092959850929598565b5f5f610240838503121561404e575f5ffd5b6140588484613e91565b9150610220830135613a3c81613ea8565b5f6101008284031215613ea2575f5ffd5b5f5f5f5f6080858703121561408d575f5ffd5b84359350602085013561409f816139fa565b925060408501356001600160401b038111156140b9575f5ffd5b6140c587828801614069565b92505060608501356001600160401b038111156140e0575f5ffd5b6140ec87828801614069565b91505092959194509250565b5f61018082840312801561410a575f5ffd5b509092915050565b5f5f5f5f5f5f5f5f60c0898b031215614129575f5ffd5b88359750602089013561413b816139fa565b9650604089013595506060890135945060808901356001600160401b03811115614163575f5ffd5b61416f8b828c01613a47565b90955093505060a08901356001600160401b03811115613b02575f5ffd5b60ff81168114613a0b575f5ffd5b80356119b68161418d565b5f5f5f5f5f5f5f60c0888a0312156141bc575f5ffd5b8735965060208801356141ce816139fa565b9550604088013594506060880135935060808801356001600160401b038111156141f6575f5ffd5b6142028a828b01613a47565b90945092505060a08801356142168161418d565b8091505092959891949750929550565b6001600160a01b0381168114613a0b575f5ffd5b5f6020828403121561424a575f5ffd5b8135610b6881614226565b5f5f5f60608486031215614267575f5ffd5b833592506020840135614279816139fa565b915060408401356001600160401b03811115614293575f5ffd5b840160e08187031215613f06575f5ffd5b5f5f5f5f5f5f60a087890312156142b9575f5ffd5b8635955060208701356142cb816139fa565b945060408701356001600160401b038111156142e5575f5ffd5b6142f189828a01613d74565b909550935050606087013561430581613ea8565b915060808701356001600160401b0381111561431f575f5ffd5b61432b89828a01614069565b9150509295509295509295565b5f6102208284031215614349575f5ffd5b610de48383613e91565b634e487b7160e01b5f52601160045260245ffd5b6001600160401b038181168382160190811115610de757610de7614353565b80820180821115610de757610de7614353565b6001600160401b038281168282160390811115610de757610de7614353565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b60ff8816815263ffffffff8716602082015263ffffffff8616604082015260a060608201525f61441460a0830186886143b8565b82810360808401526131398185876143b8565b5f60208284031215614437575f5ffd5b5051919050565b6144528261444b8361419b565b60ff169052565b61445e60208201613a0e565b63ffffffff16602083015261447560408201613a0e565b63ffffffff16604083015261448c60608201613a0e565b63ffffffff1660608301526144a360808201613a0e565b63ffffffff1660808301526144ba60a08201613ebc565b6001600160401b031660a083015260c081810135908301526144de60e0820161419b565b60ff1660e08301526144f36101008201613a0e565b63ffffffff1661010083015261450c610120820161419b565b60ff166101208301526145226101408201613a0e565b63ffffffff1661014083015261453b610160820161419b565b60ff166101608301526145516101808201613a0e565b63ffffffff1661018083015261456a6101a0820161419b565b60ff166101a08301526145806101c08201613a0e565b63ffffffff166101c08301526145996101e0820161419b565b60ff166101e08301526145af6102008201613a0e565b63ffffffff8116610200840152505050565b61026081016145d0828661443e565b6001600160401b0384166102208301526001600160401b038316610240830152949350505050565b634e487b7160e01b5f52604160045260245ffd5b60405160e081016001600160401b038111828210171561463a57634e487b7160e01b5f52604160045260245ffd5b60405290565b60405161022081016001600160401b038111828210171561463a57634e487b7160e01b5f52604160045260245ffd5b80516119b68161418d565b80516119b6816139fa565b5f60e0828403128015614696575f5ffd5b5061469f61460c565b82516146aa8161418d565b815260208301516146ba8161418d565b602082015260408301516146cd8161418d565b604082015260608301516146e08161418d565b60608201526146f16080840161466f565b608082015261470260a0840161467a565b60a082015261471360c0840161467a565b60c08201529392505050565b5f610220828403128015614731575f5ffd5b5061473a614640565b6147438361419b565b815261475160208401613a0e565b602082015261476260408401613a0e565b604082015261477360608401613a0e565b606082015261478460808401613a0e565b608082015261479560a08401613ebc565b60a082015260c083810135908201526147b060e0840161419b565b60e08201526147c26101008401613a0e565b6101008201526147d5610120840161419b565b6101208201526147e86101408401613a0e565b6101408201526147fb610160840161419b565b61016082015261480e6101808401613a0e565b6101808201526148216101a0840161419b565b6101a08201526148346101c08401613a0e565b6101c08201526148476101e0840161419b565b6101e082015261485a6102008401613a0e565b6102008201529392505050565b6102208101610de7828461443e565b5f60208284031215614886575f5ffd5b81518015158114610b68575f5ffd5b5f8135610de78161418d565b5f8135610de7816139fa565b5f8135610de781613ea8565b6148d66148c583614895565b825460ff191660ff91909116178255565b6149016148e5602084016148a1565b825464ffffffff00191660089190911b64ffffffff0016178255565b614934614910604084016148a1565b825468ffffffff0000000000191660289190911b68ffffffff000000000016178255565b61496f614943606084016148a1565b82546cffffffff000000000000000000191660489190911b6cffffffff00000000000000000016178255565b6149a261497e608084016148a1565b82805463ffffffff60681b191660689290921b63ffffffff60681b16919091179055565b6149dd6149b160a084016148ad565b82805467ffffffffffffffff60881b191660889290921b67ffffffffffffffff60881b16919091179055565b60c08201356001820155600281016149fa6148c560e08501614895565b614a0a6148e561010085016148a1565b614a38614a1a6101208501614895565b825465ff0000000000191660289190911b65ff000000000016178255565b614a6e614a4861014085016148a1565b825469ffffffff000000000000191660309190911b69ffffffff00000000000016178255565b614a9c614a7e6101608501614895565b82805460ff60501b191660509290921b60ff60501b16919091179055565b614ad0614aac61018085016148a1565b82805463ffffffff60581b191660589290921b63ffffffff60581b16919091179055565b614afe614ae06101a08501614895565b82805460ff60781b191660789290921b60ff60781b16919091179055565b614b32614b0e6101c085016148a1565b82805463ffffffff60801b191660809290921b63ffffffff60801b16919091179055565b614b60614b426101e08501614895565b82805460ff60a01b191660a09290921b60ff60a01b16919091179055565b61050e614b7061020085016148a1565b82805463ffffffff60a81b191660a89290921b63ffffffff60a81b16919091179055565b5f60208284031215614ba4575f5ffd5b8135610b6881613ea8565b634e487b7160e01b5f52601260045260245ffd5b5f82614bd157614bd1614baf565b500490565b6102408101614be5828561443e565b6001600160401b0383166102208301529392505050565b5f60208284031215614c0c575f5ffd5b8151610b6881613ea8565b805460ff81168352600881901c63ffffffff166020840152602881901c63ffffffff166040840152604881901c63ffffffff166060840152606881901c63ffffffff166080840152608881901c6001600160401b031660a084015250600181015460c0830152600281015460ff811660e0840152600881901c63ffffffff16610100840152602881901c60ff16610120840152603081901c63ffffffff16610140840152605081901c60ff16610160840152605881901c63ffffffff16610180840152607881901c60ff166101a0840152608081901c63ffffffff166101c084015260a081901c60ff166101e084015260a881901c63ffffffff16610200840152505050565b61026081016145d08286614c17565b5f60208284031215614d3c575f5ffd5b8135610b68816139fa565b5f60208284031215614d57575f5ffd5b8135610b688161418d565b5f60018201614d7357614d73614353565b5060010190565b5f8135610de781614226565b80546001600160a01b0319166001600160a01b0392909216919091179055565b614db8614db283614d7a565b82614d86565b614dd0614dc760208401614d7a565b60018301614d86565b60408201356002820155606082013560038201556080820135600482015560a0820135600582015560c0820135600682015560078101614e33614e1560e085016148ad565b825467ffffffffffffffff19166001600160401b0391909116178255565b614e70614e4361010085016148ad565b825467ffffffffffffffff60401b191660409190911b6fffffffffffffffff000000000000000016178255565b614e80614b0e61012085016148a1565b614e90614b426101408501614895565b61050e614ea061016085016148ad565b82805467ffffffffffffffff60a81b191660a89290921b67ffffffffffffffff60a81b16919091179055565b60ff8281168282160390811115610de757610de7614353565b5f5f8335601e19843603018112614efa575f5ffd5b8301803591506001600160401b03821115614f13575f5ffd5b6020019150600581901b360382131561294e575f5ffd5b81810381811115610de757610de7614353565b818382375f9101908152919050565b8082028115828204841417610de757610de7614353565b60408101614f718285613bea565b610b686020830184613bea565b63ffffffff8181168382160190811115610de757610de7614353565b5f60ff821660ff8103614faf57614faf614353565b60010192915050565b60608101614fc68286613bfa565b6001600160401b038416602083015260ff83166040830152949350505050565b815160ff16815261022081016020830151615009602084018263ffffffff169052565b506040830151615021604084018263ffffffff169052565b506060830151615039606084018263ffffffff169052565b506080830151615051608084018263ffffffff169052565b5060a083015161506c60a08401826001600160401b03169052565b5060c083015160c083015260e083015161508b60e084018260ff169052565b506101008301516150a561010084018263ffffffff169052565b506101208301516150bc61012084018260ff169052565b506101408301516150d661014084018263ffffffff169052565b506101608301516150ed61016084018260ff169052565b5061018083015161510761018084018263ffffffff169052565b506101a083015161511e6101a084018260ff169052565b506101c08301516151386101c084018263ffffffff169052565b506101e083015161514f6101e084018260ff169052565b50610200830151613f8261020084018263ffffffff169052565b5f82518060208501845e5f920191825250919050565b5f63ffffffff83168061519457615194614baf565b8063ffffffff84160491505092915050565b5f63ffffffff8316806151bb576151bb614baf565b8063ffffffff84160691505092915050565b63ffffffff8181168382160290811690818114613f8257613f82614353565b634e487b7160e01b5f52603260045260245ffd5b6001600160401b038181168382160290811690818114613f8257613f82614353565b6102408101614be58285614c17565b5f6001600160401b0383168061524957615249614baf565b806001600160401b0384160491505092915050565b5f6001600160401b0383168061527657615276614baf565b806001600160401b0384160691505092915050565b5f5f85851115615299575f5ffd5b838611156152a5575f5ffd5b5050820193919092039150565b80356001600160e01b03198116906004841015613f82576001600160e01b031960049490940360031b84901b169092169291505056fea264697066735822122053e8736cd9c5f3affa34a579d5559777db6773b77ed3b783d0c6f707fc64909964736f6c63430008250033",
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
// Solidity: constructor(uint8 fanoutBits_, address shapes_) returns()
func (pinpointGame *PinpointGame) PackConstructor(fanoutBits_ uint8, shapes_ common.Address) []byte {
	enc, err := pinpointGame.abi.Pack("", fanoutBits_, shapes_)
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
