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
	ABI: "[{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"fanoutBits_\",\"type\":\"uint8\"},{\"internalType\":\"contractIPinpointShapes\",\"name\":\"shapes_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"BadFrontier\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"}],\"name\":\"BadFrontierSize\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadNode\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadPick\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadProof\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadSetup\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ClockExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"ClockRunning\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"GameOver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"op\",\"type\":\"uint8\"}],\"name\":\"InvalidOp\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"NoGame\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotAtTrace\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotFirstPick\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"NotYourTurn\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pathLength\",\"type\":\"uint256\"}],\"name\":\"ProofIndexTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"want\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"got\",\"type\":\"uint32\"}],\"name\":\"WrongMoveNumber\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumPinpointGame.Phase\",\"name\":\"want\",\"type\":\"uint8\"},{\"internalType\":\"enumPinpointGame.Phase\",\"name\":\"have\",\"type\":\"uint8\"}],\"name\":\"WrongPhase\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZkDisabled\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"judge\",\"type\":\"address\"}],\"name\":\"ElementJudgeSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"opsDigest\",\"type\":\"bytes32\"}],\"name\":\"ElementProved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"client\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"}],\"name\":\"Opened\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"enumPinpointGame.Result\",\"name\":\"result\",\"type\":\"uint8\"}],\"name\":\"Resolved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"enumPinpointGame.Level\",\"name\":\"level\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"idx\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"rem\",\"type\":\"uint8\"}],\"name\":\"Revealed\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"mv\",\"type\":\"uint32\"}],\"name\":\"acceptElement\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"clientOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"mv\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"prevState\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"prevProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"frontier\",\"type\":\"bytes32[]\"}],\"name\":\"commitGraph\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"mv\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"lastProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"frontier\",\"type\":\"bytes32[]\"}],\"name\":\"commitSteps\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"mv\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"mapLeaf\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"mapProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"src\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"srcProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"batchRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"nextMeta\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"batchProof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structPinpointGame.AssemblyOpening\",\"name\":\"o\",\"type\":\"tuple\"}],\"name\":\"defendAssembly\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"mv\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"src\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"srcProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"batchRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"nextMeta\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"batchProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"header\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataLeaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"dataProof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structPinpointGame.Opening\",\"name\":\"a\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"src\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"srcProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"batchRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"nextMeta\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"batchProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"header\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataLeaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"dataProof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structPinpointGame.Opening\",\"name\":\"b\",\"type\":\"tuple\"}],\"name\":\"defendStep\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"mv\",\"type\":\"uint32\"}],\"name\":\"disputeAssembly\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"mv\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"operands\",\"type\":\"bytes\"},{\"internalType\":\"uint64\",\"name\":\"q\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"src\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"srcProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"batchRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"nextMeta\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"batchProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"header\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataLeaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"dataProof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structPinpointGame.Opening\",\"name\":\"o\",\"type\":\"tuple\"}],\"name\":\"disputeOperand\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"elementJudge\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"fanoutBits\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"gameCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"kernel\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"p0\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"p1\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"p2\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"p3\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"numel\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"outHeader\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"src0Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src0Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src1Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src1Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src2Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src2Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src3Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src3Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src4Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src4Index\",\"type\":\"uint32\"}],\"internalType\":\"structPinpointShapes.Node\",\"name\":\"d\",\"type\":\"tuple\"}],\"name\":\"nodeLeaf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"nodesRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateMapRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"agreed\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"disputed\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"firstStep\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"segLen\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"numNodes\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"stateDepth\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"clock\",\"type\":\"uint64\"}],\"internalType\":\"structPinpointGame.Setup\",\"name\":\"s\",\"type\":\"tuple\"}],\"name\":\"open\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"mv\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"kernel\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"p0\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"p1\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"p2\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"p3\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"numel\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"outHeader\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"src0Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src0Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src1Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src1Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src2Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src2Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src3Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src3Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src4Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src4Index\",\"type\":\"uint32\"}],\"internalType\":\"structPinpointShapes.Node\",\"name\":\"desc\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"descProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"header\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"frontier\",\"type\":\"bytes32[]\"}],\"name\":\"openNode\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"mv\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"lastLeaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"lastProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"frontier\",\"type\":\"bytes32[]\"}],\"name\":\"openTrace\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"mv\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"node\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"q\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"path\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint8\",\"name\":\"lane\",\"type\":\"uint8\"}],\"name\":\"pick\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"mv\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"operands\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"proveElement\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"mv\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"value\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"operands\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"refuteElement\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"result\",\"outputs\":[{\"internalType\":\"enumPinpointGame.Result\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"mv\",\"type\":\"uint32\"},{\"internalType\":\"bytes32[]\",\"name\":\"frontier\",\"type\":\"bytes32[]\"}],\"name\":\"reveal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"judge\",\"type\":\"address\"}],\"name\":\"setElementJudge\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"shapes\",\"outputs\":[{\"internalType\":\"contractIPinpointShapes\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"state\",\"outputs\":[{\"components\":[{\"internalType\":\"enumPinpointGame.Phase\",\"name\":\"phase\",\"type\":\"uint8\"},{\"internalType\":\"enumPinpointGame.Level\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"enumPinpointGame.Result\",\"name\":\"result\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"solverTurn\",\"type\":\"bool\"},{\"internalType\":\"uint32\",\"name\":\"moves\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"idx\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"rem\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"step\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"node\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"element\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"traceLen\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"clockSolver\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"clockChallenger\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lastMove\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"cur\",\"type\":\"bytes32\"}],\"internalType\":\"structPinpointGame.View\",\"name\":\"v\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"kernel\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"p0\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"p1\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"p2\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"p3\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"numel\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"outHeader\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"src0Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src0Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src1Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src1Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src2Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src2Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src3Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src3Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src4Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src4Index\",\"type\":\"uint32\"}],\"internalType\":\"structPinpointShapes.Node\",\"name\":\"d\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"e\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"i\",\"type\":\"uint64\"}],\"name\":\"stepShape\",\"outputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"op\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"kindA\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"kindB\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"slotA\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"slotB\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"payA\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"payB\",\"type\":\"uint32\"}],\"internalType\":\"structPinpointShapes.Shape\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"timeout\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"kernel\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"p0\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"p1\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"p2\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"p3\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"numel\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"outHeader\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"src0Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src0Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src1Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src1Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src2Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src2Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src3Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src3Index\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"src4Kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"src4Index\",\"type\":\"uint32\"}],\"internalType\":\"structPinpointShapes.Node\",\"name\":\"d\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"e\",\"type\":\"uint64\"}],\"name\":\"traceLength\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "PinpointGame",
	Bin: "0x60e060405234801561000f575f5ffd5b5060405161569238038061569283398101604081905261002e9161008e565b60ff82161580610041575060088260ff16115b8061005457506001600160a01b0381163b155b156100715760405162de0e3560e11b815260040160405180910390fd5b60ff9091166080526001600160a01b031660a0523360c0526100d6565b5f5f6040838503121561009f575f5ffd5b825160ff811681146100af575f5ffd5b60208401519092506001600160a01b03811681146100cb575f5ffd5b809150509250929050565b60805160a05160c05161555361013f5f395f61168d01525f81816101a501528181610b3801528181610c7e01528181610dc10152818161103801526128e901525f8181610353015281816114ed0152818161151e01528181612025015261205601526155535ff3fe608060405234801561000f575f5ffd5b5060043610610187575f3560e01c80638dd2e43f116100d9578063cad1dcee11610093578063cfd1167d1161006e578063cfd1167d146103f9578063d5b4678a1461040c578063eb4c848c1461041f578063ecef6c5614610432575f5ffd5b8063cad1dcee146103c0578063cafb8a31146103d3578063cf77304d146103e6575f5ffd5b80638dd2e43f146103105780639d0da4d41461033b5780639e2b991b1461034e578063ac1c2b7d14610387578063c4ffbcb21461039a578063c7b5c95d146103ad575f5ffd5b80633e4f49e61161014457806350e3ccc01161011f57806350e3ccc01461029f5780635df11015146102ca5780636031c8eb146102dd5780637fc875f2146102fd575f5ffd5b80633e4f49e61461025657806345b569f0146102765780634d1975b414610289575f5ffd5b806308148f7a1461018b578063184f9654146101a05780631d4b3916146101e457806325aa4dd0146101f757806326b0cbb71461020a5780633c5940591461021d575b5f5ffd5b61019e610199366004613bc3565b610445565b005b6101c77f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020015b60405180910390f35b61019e6101f2366004613bf9565b61051f565b61019e610205366004613c67565b61055b565b61019e610218366004613d02565b610655565b61024961022b366004613bc3565b5f90815260016020526040902060080154600160b01b900460ff1690565b6040516101db9190613dbc565b610269610264366004613bc3565b61070d565b6040516101db9190613dea565b61019e610284366004613f91565b6108dc565b6102915f5481565b6040519081526020016101db565b6101c76102ad366004613bc3565b5f908152600160205260409020600801546001600160a01b031690565b61019e6102d836600461401a565b610ad1565b6102f06102eb3660046140a7565b610af5565b6040516101db91906140f1565b61019e61030b366004614169565b610bc2565b61032361031e36600461421c565b610da8565b6040516001600160401b0390911681526020016101db565b6002546101c7906001600160a01b031681565b6103757f000000000000000000000000000000000000000000000000000000000000000081565b60405160ff90911681526020016101db565b61019e610395366004614249565b610e40565b61019e6103a83660046142e2565b611008565b6102916103bb366004614360565b611178565b61019e6103ce36600461437a565b6113f1565b61019e6103e136600461440e565b6114d1565b61019e6103f43660046144a2565b611682565b61019e6104073660046144bd565b611747565b61019e61041a36600461450c565b61197f565b61029161042d3660046145a0565b611a72565b61019e610440366004613bf9565b611a85565b5f61044f82611b60565b60088101549091505f90600160b81b900460ff16610481576009820154600160801b90046001600160401b0316610497565b6009820154600160401b90046001600160401b03165b60098301549091505f906104b59083906001600160401b03166145cf565b9050806001600160401b031642116104f0576040516303a5cac360e01b81526001600160401b03821660048201526024015b60405180910390fd5b61051984848560080160179054906101000a900460ff16610512576001611bf6565b6002611bf6565b50505050565b5f828152600160205260408120600b0154600160481b900460ff1690610548848484600a611c76565b9050610519848284610512576001611bf6565b5f61056a898960016004611c76565b60078101549091505f906105989061059390600160401b90046001600160401b031660016145ee565b611f32565b905060ff8116861415806105e65750600d820154600b8301546105e3908a906105d390600190600160501b90046001600160401b0316614601565b6001600160401b03168a8a611f55565b14155b1561060457604051637ca55c7760e01b815260040160405180910390fd5b600e820188905560108201859055600782015461063d908390600190889061063890600160801b900463ffffffff16611f32565b611fa5565b6106498a83868661201a565b50505050505050505050565b5f6106638888600180611c76565b60078101549091505f9061068c9061059390600160401b90046001600160401b031660016145ee565b905060ff8116851415806106c557506006820154600783015488916106c291600160401b90046001600160401b03168989611f55565b14155b156106e357604051637ca55c7760e01b815260040160405180910390fd5b600d82018790556106f6825f8984611fa5565b6107028983868661201a565b505050505050505050565b610788604080516101e08101909152805f81526020015f81526020015f81525f6020820181905260408201819052606082018190526080820181905260a0820181905260c0820181905260e0820181905261010082018190526101208201819052610140820181905261016082018190526101809091015290565b5f828152600160205260409081902081516101e0810190925260088101549091908190600160a01b900460ff16600a8111156107c6576107c6613d94565b81526020018260080160159054906101000a900460ff1660048111156107ee576107ee613d94565b81526020018260080160169054906101000a900460ff16600281111561081657610816613d94565b8152600883015460ff600160b81b820481161515602084015263ffffffff600160c01b90920482166040840152600b8501546001600160401b038082166060860152600160401b8083049093166080860152600160501b8204811660a0860152600160901b820490931660c0850152600160b01b9004821660e0840152600c850154821661010084015260098501549081048216610120840152600160801b8104821661014084015216610160820152600a909201546101809092019190915292915050565b5f86815260016020526040812060080154600160a01b900460ff1690600682600a81111561090c5761090c613d94565b148061097a575060045f89815260016020526040902060080154600160a81b900460ff16600481111561094157610941613d94565b14801561097a5750600282600a81111561095d5761095d613d94565b148061097a5750600782600a81111561097857610978613d94565b145b90505f6109968989600185610990576006611c76565b86611c76565b6002549091506001600160a01b0316806109c35760405163a2a34ef760e01b815260040160405180910390fd5b5f816001600160a01b031663a1ac40a56109dc85612177565b600b860154600c87015460405160e085901b6001600160e01b0319168152610a2e9392600160b01b90046001600160401b031691600160401b900463ffffffff16908f908f908f908f90600401614648565b602060405180830381865afa158015610a49573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610a6d919061468f565b6016840181905560088401805463ff0000ff60a01b1916600560a11b1790556040518181529091508b907fe973d8e2949a57708353f92f4235b0e74244d51a035b72c42bea554b3bb544c09060200160405180910390a25050505050505050505050565b5f610ae0858560016002611c76565b9050610aee8582858561201a565b5050505050565b6040805160e0810182525f80825260208201819052818301819052606082018190526080820181905260a0820181905260c08201529051636031c8eb60e01b81527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690636031c8eb90610b7990879087908790600401614829565b60e060405180830381865afa158015610b94573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610bb891906148ed565b90505b9392505050565b5f610bd18a8a60016005611c76565b6007810154909150610bef90600160801b900463ffffffff16611f32565b60ff168614610c1157604051637ca55c7760e01b815260040160405180910390fd5b6002810154610c49610c30610c2b368c90038c018c614987565b6121db565b600b840154600160901b900463ffffffff168a8a611f55565b14610c6757604051637ca55c7760e01b815260040160405180910390fd5b6040516306c3ed8960e11b81526001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690630d87db1290610cb3908b90600401614acf565b602060405180830381865afa158015610cce573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610cf29190614ade565b610d0f576040516305bb030160e31b815260040160405180910390fd5b8760c0013585141580610d2f57508060110154610d2c8686612247565b14155b15610d4d57604051637ca55c7760e01b815260040160405180910390fd5b8760138201610d5c8282614b21565b905050610d9c8160038661063860088d60a0016020810190610d7e9190614df6565b610d92906001600160401b031660076145ee565b6105939190614e25565b6106498a82858561201a565b604051638dd2e43f60e01b81525f906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690638dd2e43f90610df89086908690600401614e38565b602060405180830381865afa158015610e13573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610e379190614e5e565b90505b92915050565b5f610e4e88885f6003611c76565b905060046008820154600160a81b900460ff166004811115610e7257610e72613d94565b14610e9057604051631e5acc5f60e31b815260040160405180910390fd5b600c81015463ffffffff600160401b909104811690871603610ec557604051637ca55c7760e01b815260040160405180910390fd5b6002546001600160a01b031680610eef5760405163a2a34ef760e01b815260040160405180910390fd5b5f816001600160a01b031663a1ac40a5610f0885612177565b600b86015460405160e084901b6001600160e01b0319168152610f499291600160b01b90046001600160401b0316908d908d908d908d908d90600401614648565b602060405180830381865afa158015610f64573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610f88919061468f565b60168401819055600b8401805469ff0000000000000000001916600160481b17905560088401805463ff0000ff60a01b19166280000560a11b1790556040518181529091508a907fe973d8e2949a57708353f92f4235b0e74244d51a035b72c42bea554b3bb544c09060200160405180910390a250505050505050505050565b5f611017858560016007611c76565b600b810154604051636031c8eb60e01b81529192505f916001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001691636031c8eb916110849160138701916001600160401b03600160b01b83048116921690600401614f7f565b60e060405180830381865afa15801561109f573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906110c391906148ed565b600a8301549091505f6110d582612252565b9050816110e2848361225e565b146110fc576110f388856002611bf6565b50505050610519565b5f61111685856020015186606001518760a001518b6122f1565b90505f61113286866040015187608001518860c001518b6122f1565b90505f611143865f0151848461246d565b905061116b8b888663ffffffff168463ffffffff1614611164576002611bf6565b6001611bf6565b5050505050505050505050565b5f8061118760208401846144a2565b6001600160a01b031614806111b357505f6111a860408401602085016144a2565b6001600160a01b0316145b806111ea57506111c960408301602084016144a2565b6001600160a01b03166111df60208401846144a2565b6001600160a01b0316145b8061120d575061120261012083016101008401614df6565b6001600160401b0316155b8061122d575061122561014083016101208401614f8e565b63ffffffff16155b80611250575061124561018083016101608401614df6565b6001600160401b0316155b8061126d575061126861016083016101408401614fa9565b60ff16155b1561128a5760405162de0e3560e11b815260040160405180910390fd5b5f5f815461129790614fc4565b91829055505f81815260016020526040902090915082816112b88282615008565b50506008810180546001600160a81b0319163360ff60a01b191617600160a01b1760ff60b81b1916600160b81b1790556009810180546001600160401b03421667ffffffffffffffff1990911617905561131a61018084016101608501614df6565b6009820180546001600160401b0392909216600160401b0267ffffffffffffffff60401b1990921691909117905561135a61018084016101608501614df6565b6009820180546001600160401b0392909216600160801b0267ffffffffffffffff60801b1990921691909117905533827f58a5aab4fa01bfbdc74f179a01ed419cff11397eaff73344aec9e87349af962c6113b860208701876144a2565b6113c860408801602089016144a2565b604080516001600160a01b0393841681529290911660208301520160405180910390a350919050565b5f611400898960016006611c76565b600c8101549091505f9061141c906001600160401b0316611f32565b905060ff8116851415806114605750600c820154889061145d90899061144d906001906001600160401b0316614601565b6001600160401b03168989611f55565b14155b1561147e57604051637ca55c7760e01b815260040160405180910390fd5b600c820154600160401b900463ffffffff1661149988612252565b63ffffffff16146114bd57604051637ca55c7760e01b815260040160405180910390fd5b6012820188905561063d8260048a84611fa5565b5f6114df88885f6003611c76565b600b8101549091505f9060ff7f00000000000000000000000000000000000000000000000000000000000000008116600160401b9092041610611542577f0000000000000000000000000000000000000000000000000000000000000000611552565b600b820154600160401b900460ff165b905060ff81168414158061156b575060ff811686901c15155b15611589576040516350e056af60e11b815260040160405180910390fd5b81600a01546115b4888888888660ff1688600b0160089054906101000a900460ff1660ff1614612580565b146115d2576040516350e056af60e11b815260040160405180910390fd5b600a8201879055600b8201805467ffffffffffffffff1981166001600160401b0391821660ff8581169190911b8a1790921617808355839291600891611621918591600160401b90041661512e565b82546101009290920a60ff818102199093169183160217909155600b840154600160401b90041615905061166e5750600801805463ff0000ff60a01b19166280000160a11b179055611679565b610702898385612608565b50505050505050565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161415806116c457506002546001600160a01b031615155b806116d657506001600160a01b038116155b156116f35760405162de0e3560e11b815260040160405180910390fd5b600280546001600160a01b0319166001600160a01b0383169081179091556040519081527f3542cab5fa1291bfba41d5555c44bbf9d6573fd6ec1ce69034e3fc7e03135ceb9060200160405180910390a150565b5f611756848460016008611c76565b600b8101549091506001600160401b03165f81810361179a5761178f83608086013560a087013561178a60c0890189615147565b612a15565b5060a0830135611960565b6007830154600160a01b900460ff166117b66020860186615147565b9050146117d657604051637ca55c7760e01b815260040160405180910390fd5b60038301546117fc85356001600160401b0385166117f76020890189615147565b611f55565b1461181a57604051637ca55c7760e01b815260040160405180910390fd5b83355f036118a5576007830154600160a01b900460ff1661183e6060860186615147565b90501461185e57604051637ca55c7760e01b815260040160405180910390fd5b600e83015461188260408601356001600160401b0385166117f76060890189615147565b146118a057604051637ca55c7760e01b815260040160405180910390fd5b611959565b5f6118b26001863561518c565b6007850154909150600160801b900463ffffffff1681101580611900575060078401546118eb90600160801b900463ffffffff16611f32565b60ff166118fb6060870187615147565b905014155b1561191e57604051637ca55c7760e01b815260040160405180910390fd5b60108401546119396040870135836117f760608a018a615147565b1461195757604051637ca55c7760e01b815260040160405180910390fd5b505b5060408301355b611977868485600a01548414611164576002611bf6565b505050505050565b5f868152600160205260408120600b0154600160481b900460ff16906119a8888884600a611c76565b9050806016015486866040516119bf92919061519f565b60405180910390201415806119e75750846119e46001600160401b03861660046151ae565b10155b15611a0557604051637ca55c7760e01b815260040160405180910390fd5b5f5f611a118387612a86565b91509150611a298888886001600160401b0316612b30565b63ffffffff16611a3d84600185858a6122f1565b63ffffffff1603611a6157604051637ca55c7760e01b815260040160405180910390fd5b6106498a8486611164576002611bf6565b5f610e3a610c2b36849003840184614987565b5f611a9383835f6003611c76565b905060016008820154600160a81b900460ff166004811115611ab757611ab7613d94565b141580611ad05750600b8101546001600160401b031615155b80611b0757506007810154611af190600160801b900463ffffffff16611f32565b600b820154600160401b900460ff908116911614155b15611b2557604051635396738360e01b815260040160405180910390fd5b600f8101546007820154611b4891839160029190600160a01b900460ff16611fa5565b600801805460ff60b81b1916600160b81b1790555050565b5f818152600160205260408120906008820154600160a01b900460ff16600a811115611b8e57611b8e613d94565b03611baf576040516365450a8960e01b8152600481018390526024016104e7565b5f6008820154600160b01b900460ff166002811115611bd057611bd0613d94565b14611bf157604051633496ed1560e01b8152600481018390526024016104e7565b919050565b60088201805482919060ff60b01b1916600160b01b836002811115611c1d57611c1d613d94565b021790555060088201805460ff60a01b1916600960a01b17905560405183907f8a1c7850cb95b6648c597d19ad5a66ce32698f83f344546e66f4229ce5dacff990611c69908490613dbc565b60405180910390a2505050565b5f611c8085611b60565b600881015490915063ffffffff858116600160c01b9092041614611cd45760088101546040516367c5cfd560e01b8152600160c01b90910463ffffffff9081166004830152851660248201526044016104e7565b600881015460ff600160b81b909104161515831515141580611d2b575082611d095760018101546001600160a01b0316611d15565b80546001600160a01b03165b6001600160a01b0316336001600160a01b031614155b15611d4b576040516349f5ad1160e01b81523360048201526024016104e7565b81600a811115611d5d57611d5d613d94565b6008820154600160a01b900460ff16600a811115611d7d57611d7d613d94565b14611db057818160080160149054906101000a900460ff166040516305fb5e1b60e01b81526004016104e79291906151c5565b60098101545f90611dca906001600160401b031642614601565b90508315611e5a5760098201546001600160401b03600160401b90910481169082161115611e0b576040516328dedbb960e21b815260040160405180910390fd5b808260090160088282829054906101000a90046001600160401b0316611e319190614601565b92506101000a8154816001600160401b0302191690836001600160401b03160217905550611ede565b60098201546001600160401b03600160801b90910481169082161115611e93576040516328dedbb960e21b815260040160405180910390fd5b808260090160108282829054906101000a90046001600160401b0316611eb99190614601565b92506101000a8154816001600160401b0302191690836001600160401b031602179055505b60098201805467ffffffffffffffff1916426001600160401b0316179055611f078560016151e0565b8260080160186101000a81548163ffffffff021916908363ffffffff16021790555050949350505050565b5f5b818160ff166001901b1015611bf15780611f4d816151fc565b915050611f34565b5f61010082108015611f68575083821c15155b15611f905760405163177e5bcb60e01b815260048101859052602481018390526044016104e7565b611f9c85858585612b76565b95945050505050565b60088401805484919060ff60a81b1916600160a81b836004811115611fcc57611fcc613d94565b0217905550600a8401829055600b8401805468ffffffffffffffffff1916600160401b60ff8416021790556008840180546002919060ff60a01b1916600160a01b835b021790555050505050565b600b8301545f9060ff7f00000000000000000000000000000000000000000000000000000000000000008116600160401b909204161061207a577f000000000000000000000000000000000000000000000000000000000000000061208a565b600b840154600160401b900460ff165b9050600160ff82161b82146120b2576040516301011fe960e71b815260040160405180910390fd5b600a840154600b8501546120d8908590859060ff868116600160401b9092041614612c1c565b146120f6576040516301011fe960e71b815260040160405180910390fd5b600884018054600360a01b63ff0000ff60a01b199091161790819055600b85015460405187927fabee462a101e928858f3217679f46322b07c5121571792b957c25b03c18f583c926121689260ff600160a81b9093048316926001600160401b03831692600160401b9004169061521a565b60405180910390a25050505050565b60138101545f9060ff811664ffffffff00610100830460081b161768ffffffff000000000065010000000000830460281b161763ffffffff60481b600160481b830460481b161763ffffffff60681b600160681b90920460681b9190911617610e3a565b5f6002826040516020016121ef9190615248565b60408051601f1981840301815290829052612209916153cb565b602060405180830381855afa158015612224573d5f5f3e3d5ffd5b5050506040513d601f19601f82011682018060405250810190610e3a919061468f565b5f610e378383612dd8565b5f610e3a826010612e11565b5f5f606061226b84612e3f565b63ffffffff16901b60806122828660c00151612e3f565b63ffffffff16901b60a06122998760a00151612e3f565b63ffffffff16901b60d8876080015160ff16901b60e0886060015160ff16901b60e8896040015160ff16901b60f08a6020015160ff16901b60f88b5f015160ff16901b171717171717179050805f1b91505092915050565b5f60ff8516612301575081611f9c565b60021960ff86160161231457505f611f9c565b60011960ff8616016123d457600b8601546001600160401b031663ffffffff84161015806123695750600c860154612354906001600160401b0316611f32565b60ff166123646020840184615147565b905014155b1561238757604051637ca55c7760e01b815260040160405180910390fd5b60128601546123a5833563ffffffff86166117f76020870187615147565b146123c357604051637ca55c7760e01b815260040160405180910390fd5b6123cd8235612252565b9050611f9c565b5f6123e0878685612e7f565b90505f61240960c08501356123f66008886153e1565b63ffffffff166117f760e0880188615147565b90508161241a8560a0013583612247565b1461243857604051637ca55c7760e01b815260040160405180910390fd5b61246160c085013561244b600888615408565b61245690600461542f565b63ffffffff16612e11565b98975050505050505050565b5f5f1960ff85160161248a576124838383613026565b9050610bbb565b60021960ff8516016124a0576124838383613212565b60011960ff8516016124b6576124838383613322565b60051960ff8516016124cc576124838383613333565b60031960ff8516016124e2576124838383613389565b60071960ff8516016124f85761248383836134de565b60061960ff85160161250e576124838383613532565b60041960ff8516016125235761248383613581565b60081960ff8516016125385761248383613639565b60091960ff85160161254d57612483836136ca565b600a1960ff8516016125625761248383613733565b604051633e920abf60e21b815260ff851660048201526024016104e7565b5f8115612593576123cd86868686612b76565b50845f5b838110156125fe57600186821c8116146125d2576125cd828686848181106125c1576125c161544e565b9050602002013561378f565b6125f4565b6125f48585838181106125e7576125e761544e565b905060200201358361378f565b9150600101612597565b5095945050505050565b600882018054600160b81b60ff60b81b19821617909155600160a81b900460ff165f81600481111561263c5761263c613d94565b036126f657600b8301546001600160401b03165f81900361267457610aee8585865f016005015487600a015414611164576002611bf6565b60078401546001600160401b03600160401b909104811690821611156126a357610aee858586600a01546137b5565b600b8401805467ffffffffffffffff60501b1916600160501b6001600160401b03841602179055600a840154600f8501556008840180546004919060ff60a01b1916600160a01b83021790555050610519565b600181600481111561270a5761270a613d94565b03612794576007830154600b840154600160801b90910463ffffffff166001600160401b039091161061274657610519848485600a01546137b5565b600b8301805463ffffffff8116600160901b0263ffffffff60901b19909116179055600a83015460118401556008830180546005919060ff60a01b1916600160a01b835b0217905550610519565b60028160048111156127a8576127a8613d94565b036127c6576008838101805460ff60a01b1916600160a01b8361278a565b60038160048111156127da576127da613d94565b036129ce5760088260ff1610612803576040516350e056af60e11b815260040160405180910390fd5b600b8301545f9060ff841690612823906001600160401b03166008615462565b61282d91906145cf565b90505f61284d85600a01548560ff16600461284891906151ae565b612e11565b600b8601805467ffffffffffffffff60b01b1916600160b01b6001600160401b0386811691820292909217909255600c880180546bffffffff00000000000000001916600160401b63ffffffff8616021790556013880154929350600160881b909204909116116128d057611977868663ffffffff841615611164576002611bf6565b604051638dd2e43f60e01b81525f906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690638dd2e43f906129239060138a01908790600401615484565b602060405180830381865afa15801561293e573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906129629190614e5e565b9050806001600160401b03165f0361298c57611679878763ffffffff851615611164576002611bf6565b600c8601805467ffffffffffffffff19166001600160401b0383161790556008860180546006919060ff60a01b1916600160a01b830217905550505050610519565b600c830154600b8401546001600160401b039182169116106129f957610519848485600a01546137b5565b6008830180546007919060ff60a01b1916600160a01b8361200f565b600b85015460078601545f91600191612a41916001600160401b03600160501b909104811691166145ee565b612a4b919061518c565b6004870154909150612a68612a6087876137cc565b838686611f55565b1461197757604051637ca55c7760e01b815260040160405180910390fd5b6002545f9081906001600160a01b0316638060cc91612aa486612177565b600b87015460405160e084901b6001600160e01b03191681526004810192909252600160b01b90046001600160401b039081166024830152861660448201526064016040805180830381865afa158015612b00573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612b249190615493565b915091505b9250929050565b5f8383612b3e8460046151ae565b90612b4a8560046151ae565b612b559060046145ee565b92612b62939291906154c0565b612b6b916154e7565b60e01c949350505050565b5f6040515f815385600182015260205f60218360025afa612b9e5763832d99055f526004601cfd5b5f519150838360051b8101600183535b80821015612c1157600187168015612bd25782356001850152846021850152612be0565b846001850152823560218501525b5060205f60418560025afa612bfc5763832d99055f526004601cfd5b5f5193508660011c9650602082019150612bae565b505050949350505050565b5f82801580612c365750612c3160018261518c565b811615155b15612c5757604051636d19f66360e11b8152600481018290526024016104e7565b5f816001600160401b03811115612c7057612c70614860565b604051908082528060200260200182016040528015612c99578160200160208202803683370190505b5090505f5b82811015612d0f5784612cc957868682818110612cbd57612cbd61544e565b90506020020135612cea565b612cea878783818110612cde57612cde61544e565b90506020020135613847565b828281518110612cfc57612cfc61544e565b6020908102919091010152600101612c9e565b505b6001821115612db35760019190911c905f5b82811015612dad57612d8882612d3a8360026151ae565b81518110612d4a57612d4a61544e565b602002602001015183836002612d6091906151ae565b612d6b9060016145ee565b81518110612d7b57612d7b61544e565b602002602001015161378f565b828281518110612d9a57612d9a61544e565b6020908102919091010152600101612d23565b50612d11565b805f81518110612dc557612dc561544e565b6020026020010151925050509392505050565b5f6040516002815383600182015282602182015260205f60418360025afa612e075763832d99055f526004601cfd5b50505f5192915050565b5f80612e1e83601c61518c565b612e299060086151ae565b84901c9050612e3781612e3f565b949350505050565b5f60188263ffffffff16901b60088363ffffffff16901b62ff00001660088463ffffffff16901c61ff001660188563ffffffff16901c1717179050919050565b5f5f5f612e8f866013018661386f565b90925090505f1960ff831601612f26576007860154600160a01b900460ff16612ebb6020860186615147565b905014612edb57604051637ca55c7760e01b815260040160405180910390fd5b600e860154612f038535612ef663ffffffff851660016145ee565b6117f76020890189615147565b14612f2157604051637ca55c7760e01b815260040160405180910390fd5b61301b565b60011960ff831601612f6b57612f4d866040860135606087013561178a6080890189615147565b6040840135612f03853563ffffffff84166117f76020890189615147565b60021960ff83160161300257600b86015463ffffffff600160901b9091048116908216101580612fc657506007860154612fb190600160801b900463ffffffff16611f32565b60ff16612fc16020860186615147565b905014155b15612fe457604051637ca55c7760e01b815260040160405180910390fd5b6010860154612f03853563ffffffff84166117f76020890189615147565b6040516305bb030160e31b815260040160405180910390fd5b505090359392505050565b5f637fffffff838116908316637f8000008210158061304f5750637f80000063ffffffff821610155b156130e257637f80000063ffffffff831611806130755750637f80000063ffffffff8216115b1561308857637fc0000092505050610e3a565b637f7fffff1963ffffffff8316016130d85763ffffffff8116637f8000001480156130bf57508363ffffffff168563ffffffff1614155b6130c957846130cf565b637fc000005b92505050610e3a565b8392505050610e3a565b8063ffffffff165f0361310c5763ffffffff82161561310157846130cf565b505050818116610e3a565b8163ffffffff165f03613123578392505050610e3a565b5f5f61312e84613963565b915091505f5f61313d85613963565b915091505f81841261317957818403604081111561316b57604086901b955060019350604085039150613173565b94851b948291505b506131a5565b838203604081111561319b57604084901b9350600195506040830391506131a3565b92831b928491505b505b63800000008a8116908a1681036131d2576131c38183868901613998565b98505050505050505050610e3a565b838611156131e7576131c38183868903613998565b85841115613202576131c363800000008b1683888703613998565b505f9a9950505050505050505050565b5f828218638000000016637fffffff808516908416637f8000008211806132425750637f80000063ffffffff8216115b1561325657637fc000009350505050610e3a565b637f7fffff1963ffffffff8316016132905763ffffffff81161561328057637f8000008317613286565b637fc000005b9350505050610e3a565b637f7fffff1963ffffffff8216016132ba5763ffffffff82161561328057637f8000008317613286565b63ffffffff821615806132d1575063ffffffff8116155b156132e157829350505050610e3a565b5f5f6132ec84613963565b915091505f5f6132fb85613963565b915091506133148763ffffffff16828501848702613998565b9a9950505050505050505050565b5f610e378363800000008418613026565b5f637f800000637fffffff841611806133555750637f800000637fffffff8316115b156133655750637fc00000610e3a565b61336e82613a42565b61337784613a42565b116133825781610e37565b5090919050565b5f828218638000000016637fffffff808516908416637f8000008211806133b95750637f80000063ffffffff8216115b156133cd57637fc000009350505050610e3a565b637f7fffff1963ffffffff8316016133fc5763ffffffff8116637f8000001461328057637f8000008317613286565b637f7fffff1963ffffffff82160161341957829350505050610e3a565b8063ffffffff165f0361343e5763ffffffff82161561328057637f8000008317613286565b8163ffffffff165f0361345657829350505050610e3a565b5f5f61346184613963565b915091505f5f61347085613963565b9092509050604084901b5f83828161348a5761348a614e11565b0490505f84838161349d5761349d614e11565b06156134aa5760016134ac565b5f5b60ff1690506134cd8a63ffffffff1660418689030383600186901b17613998565b9d9c50505050505050505050505050565b5f637f800000637fffffff841611156134fc5750637fc00000610e3a565b63800000008316158015613515575063ffffffff831615155b1561352a5761352382613a71565b9050610e3a565b505f92915050565b5f637f800000637fffffff841611806135545750637f800000637fffffff8316115b156135645750637fc00000610e3a565b61356d82613a42565b61357684613a42565b106133825781610e37565b5f637fffffff82168103613593575090565b637f80000063ffffffff831611156135b05750637fc00000919050565b637f7fffff1963ffffffff8316016135c6575090565b5f5f6135d184613963565b91509150806001165f146135ea5760019190911b905f19015b605082901b5f6135f982613a94565b90505f828283021461360c57600161360e565b5f5b60ff16905061362e5f60016002604f198801050383600186901b17613998565b979650505050505050565b5f637f800000637fffffff831611156136575750637fc00000919050565b5f63800000008316810361368f576342fe00008363ffffffff1610156136855761368083613aec565b613688565b607f5b90506136be565b6342fc0000637fffffff841610156136b7576136b0637fffffff8416613aec565b5f036136bb565b607d195b90505b607f0160171b92915050565b5f637fffffff821681036136e3575063ff800000919050565b637f80000063ffffffff831611156137005750637fc00000919050565b637f7fffff1963ffffffff83160161371d5750637f800000919050565b5f61372783613b2c565b915050610bbb81613b9e565b5f637fffffff82161580613750575063ffffffff8216637f800000145b156137605750633f800000919050565b637f80000063ffffffff8316111561377d5750637fc00000919050565b5f61378783613b2c565b509392505050565b5f6040516001815383600182015282602182015260205f60418360025afa612e07575f5ffd5b6137c783838315611164576002611bf6565b505050565b604051600160fa1b602082015260218101839052604181018290525f9060029060610160408051601f1981840301815290829052613809916153cb565b602060405180830381855afa158015613824573d5f5f3e3d5ffd5b5050506040513d601f19601f82011682018060405250810190610e37919061468f565b5f6040515f815382600182015260205f60218360025afa613866575f5ffd5b50505f51919050565b5f5f8260ff165f03613897575050600282015460ff811690610100900463ffffffff16612b29565b8260ff166001036138cb575050600282015465010000000000810460ff16906601000000000000900463ffffffff16612b29565b8260ff166002036138fa5750506002820154600160501b810460ff1690600160581b900463ffffffff16612b29565b8260ff166003036139295750506002820154600160781b810460ff1690600160801b900463ffffffff16612b29565b8260ff166004036139585750506002820154600160a01b810460ff1690600160a81b900463ffffffff16612b29565b505f93849350915050565b627fffff81165f60ff601784901c16808203613983576094199150613992565b62800000831792506096810391505b50915091565b5f815f036139a7575082610bbb565b811e60e88190036094198590038112156139c357846094190390505b5f5f821315613a0f575083811c815f19600180831b820188169183011b808211806139fb575080821480156139fb5750836001166001145b15613a07578360010193505b505050613a18565b815f0385901b90505b60958683010160171b8101637f8000008110613a355750637f8000005b9096179695505050505050565b5f6380000000821615613a6157637fffffff8216638000000003610e3a565b5063ffffffff1663800000000190565b5f637f800000637fffffff831611613a895781610e3a565b637fc0000092915050565b6001811e610101819003821c82901b915f90838581613ab557613ab5614e11565b048401901c90505b82811015613ae5578092506001838581613ad957613ad9614e11565b048401901c9050613abd565b5050919050565b5f6101ff601783901c16607f811015613b0757505f92915050565b8060960383627fffff16628000001763ffffffff16901c63ffffffff16915050919050565b5f80627fffff83166101ff601785901c168203613b625760e8811e607d1981900391909101925060e719011b627fffff16613b72565b607e196101ff601786901c160191505b633f80000081179250633fb504f363ffffffff84161061399257633f0000001793600190910192509050565b5f5f821215613bb857610e3a63800000005f848103613998565b610e3a5f5f84613998565b5f60208284031215613bd3575f5ffd5b5035919050565b63ffffffff81168114613beb575f5ffd5b50565b8035611bf181613bda565b5f5f60408385031215613c0a575f5ffd5b823591506020830135613c1c81613bda565b809150509250929050565b5f5f83601f840112613c37575f5ffd5b5081356001600160401b03811115613c4d575f5ffd5b6020830191508360208260051b8501011115612b29575f5ffd5b5f5f5f5f5f5f5f5f60c0898b031215613c7e575f5ffd5b883597506020890135613c9081613bda565b96506040890135955060608901356001600160401b03811115613cb1575f5ffd5b613cbd8b828c01613c27565b9096509450506080890135925060a08901356001600160401b03811115613ce2575f5ffd5b613cee8b828c01613c27565b999c989b5096995094979396929594505050565b5f5f5f5f5f5f5f60a0888a031215613d18575f5ffd5b873596506020880135613d2a81613bda565b95506040880135945060608801356001600160401b03811115613d4b575f5ffd5b613d578a828b01613c27565b90955093505060808801356001600160401b03811115613d75575f5ffd5b613d818a828b01613c27565b989b979a50959850939692959293505050565b634e487b7160e01b5f52602160045260245ffd5b60038110613db857613db8613d94565b9052565b60208101610e3a8284613da8565b600b8110613db857613db8613d94565b60058110613db857613db8613d94565b5f6101e082019050613dfd828451613dca565b6020830151613e0f6020840182613dda565b506040830151613e226040840182613da8565b506060830151613e36606084018215159052565b506080830151613e4e608084018263ffffffff169052565b5060a0830151613e6960a08401826001600160401b03169052565b5060c0830151613e7e60c084018260ff169052565b5060e0830151613e9960e08401826001600160401b03169052565b50610100830151613eb361010084018263ffffffff169052565b50610120830151613ed06101208401826001600160401b03169052565b50610140830151613eed6101408401826001600160401b03169052565b50610160830151613f0a6101608401826001600160401b03169052565b50610180830151613f276101808401826001600160401b03169052565b506101a0830151613f446101a08401826001600160401b03169052565b506101c092830151919092015290565b5f5f83601f840112613f64575f5ffd5b5081356001600160401b03811115613f7a575f5ffd5b602083019150836020828501011115612b29575f5ffd5b5f5f5f5f5f5f60808789031215613fa6575f5ffd5b863595506020870135613fb881613bda565b945060408701356001600160401b03811115613fd2575f5ffd5b613fde89828a01613f54565b90955093505060608701356001600160401b03811115613ffc575f5ffd5b61400889828a01613f54565b979a9699509497509295939492505050565b5f5f5f5f6060858703121561402d575f5ffd5b84359350602085013561403f81613bda565b925060408501356001600160401b03811115614059575f5ffd5b61406587828801613c27565b95989497509550505050565b5f6102208284031215614082575f5ffd5b50919050565b6001600160401b0381168114613beb575f5ffd5b8035611bf181614088565b5f5f5f61026084860312156140ba575f5ffd5b6140c48585614071565b92506102208401356140d581614088565b91506102408401356140e681614088565b809150509250925092565b5f60e08201905060ff835116825260ff602084015116602083015260ff604084015116604083015260ff606084015116606083015260ff608084015116608083015260a083015161414a60a084018263ffffffff169052565b5060c083015161416260c084018263ffffffff169052565b5092915050565b5f5f5f5f5f5f5f5f5f6102e08a8c031215614182575f5ffd5b8935985060208a013561419481613bda565b97506141a38b60408c01614071565b96506102608a01356001600160401b038111156141be575f5ffd5b6141ca8c828d01613c27565b9097509550506102808a013593506102a08a013592506102c08a01356001600160401b038111156141f9575f5ffd5b6142058c828d01613c27565b915080935050809150509295985092959850929598565b5f5f610240838503121561422e575f5ffd5b6142388484614071565b9150610220830135613c1c81614088565b5f5f5f5f5f5f5f60a0888a03121561425f575f5ffd5b87359650602088013561427181613bda565b9550604088013561428181613bda565b945060608801356001600160401b0381111561429b575f5ffd5b6142a78a828b01613f54565b90955093505060808801356001600160401b038111156142c5575f5ffd5b613d818a828b01613f54565b5f6101008284031215614082575f5ffd5b5f5f5f5f608085870312156142f5575f5ffd5b84359350602085013561430781613bda565b925060408501356001600160401b03811115614321575f5ffd5b61432d878288016142d1565b92505060608501356001600160401b03811115614348575f5ffd5b614354878288016142d1565b91505092959194509250565b5f610180828403128015614372575f5ffd5b509092915050565b5f5f5f5f5f5f5f5f60c0898b031215614391575f5ffd5b8835975060208901356143a381613bda565b9650604089013595506060890135945060808901356001600160401b038111156143cb575f5ffd5b6143d78b828c01613c27565b90955093505060a08901356001600160401b03811115613ce2575f5ffd5b60ff81168114613beb575f5ffd5b8035611bf1816143f5565b5f5f5f5f5f5f5f60c0888a031215614424575f5ffd5b87359650602088013561443681613bda565b9550604088013594506060880135935060808801356001600160401b0381111561445e575f5ffd5b61446a8a828b01613c27565b90945092505060a088013561447e816143f5565b8091505092959891949750929550565b6001600160a01b0381168114613beb575f5ffd5b5f602082840312156144b2575f5ffd5b8135610bbb8161448e565b5f5f5f606084860312156144cf575f5ffd5b8335925060208401356144e181613bda565b915060408401356001600160401b038111156144fb575f5ffd5b840160e081870312156140e6575f5ffd5b5f5f5f5f5f5f60a08789031215614521575f5ffd5b86359550602087013561453381613bda565b945060408701356001600160401b0381111561454d575f5ffd5b61455989828a01613f54565b909550935050606087013561456d81614088565b915060808701356001600160401b03811115614587575f5ffd5b61459389828a016142d1565b9150509295509295509295565b5f61022082840312156145b1575f5ffd5b610e378383614071565b634e487b7160e01b5f52601160045260245ffd5b6001600160401b038181168382160190811115610e3a57610e3a6145bb565b80820180821115610e3a57610e3a6145bb565b6001600160401b038281168282160390811115610e3a57610e3a6145bb565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b8781526001600160401b038716602082015263ffffffff8616604082015260a060608201525f61467c60a083018688614620565b8281036080840152613314818587614620565b5f6020828403121561469f575f5ffd5b5051919050565b6146ba826146b383614403565b60ff169052565b6146c660208201613bee565b63ffffffff1660208301526146dd60408201613bee565b63ffffffff1660408301526146f460608201613bee565b63ffffffff16606083015261470b60808201613bee565b63ffffffff16608083015261472260a0820161409c565b6001600160401b031660a083015260c0818101359083015261474660e08201614403565b60ff1660e083015261475b6101008201613bee565b63ffffffff166101008301526147746101208201614403565b60ff1661012083015261478a6101408201613bee565b63ffffffff166101408301526147a36101608201614403565b60ff166101608301526147b96101808201613bee565b63ffffffff166101808301526147d26101a08201614403565b60ff166101a08301526147e86101c08201613bee565b63ffffffff166101c08301526148016101e08201614403565b60ff166101e08301526148176102008201613bee565b63ffffffff8116610200840152505050565b610260810161483882866146a6565b6001600160401b0384166102208301526001600160401b038316610240830152949350505050565b634e487b7160e01b5f52604160045260245ffd5b60405160e081016001600160401b03811182821017156148a257634e487b7160e01b5f52604160045260245ffd5b60405290565b60405161022081016001600160401b03811182821017156148a257634e487b7160e01b5f52604160045260245ffd5b8051611bf1816143f5565b8051611bf181613bda565b5f60e08284031280156148fe575f5ffd5b50614907614874565b8251614912816143f5565b81526020830151614922816143f5565b60208201526040830151614935816143f5565b60408201526060830151614948816143f5565b6060820152614959608084016148d7565b608082015261496a60a084016148e2565b60a082015261497b60c084016148e2565b60c08201529392505050565b5f610220828403128015614999575f5ffd5b506149a26148a8565b6149ab83614403565b81526149b960208401613bee565b60208201526149ca60408401613bee565b60408201526149db60608401613bee565b60608201526149ec60808401613bee565b60808201526149fd60a0840161409c565b60a082015260c08381013590820152614a1860e08401614403565b60e0820152614a2a6101008401613bee565b610100820152614a3d6101208401614403565b610120820152614a506101408401613bee565b610140820152614a636101608401614403565b610160820152614a766101808401613bee565b610180820152614a896101a08401614403565b6101a0820152614a9c6101c08401613bee565b6101c0820152614aaf6101e08401614403565b6101e0820152614ac26102008401613bee565b6102008201529392505050565b6102208101610e3a82846146a6565b5f60208284031215614aee575f5ffd5b81518015158114610bbb575f5ffd5b5f8135610e3a816143f5565b5f8135610e3a81613bda565b5f8135610e3a81614088565b614b3e614b2d83614afd565b825460ff191660ff91909116178255565b614b69614b4d60208401614b09565b825464ffffffff00191660089190911b64ffffffff0016178255565b614b9c614b7860408401614b09565b825468ffffffff0000000000191660289190911b68ffffffff000000000016178255565b614bd1614bab60608401614b09565b82546cffffffff000000000000000000191660489190911b63ffffffff60481b16178255565b614c04614be060808401614b09565b82805463ffffffff60681b191660689290921b63ffffffff60681b16919091179055565b614c3f614c1360a08401614b15565b82805467ffffffffffffffff60881b191660889290921b67ffffffffffffffff60881b16919091179055565b60c0820135600182015560028101614c5c614b2d60e08501614afd565b614c6c614b4d6101008501614b09565b614c9a614c7c6101208501614afd565b825465ff0000000000191660289190911b65ff000000000016178255565b614cd0614caa6101408501614b09565b825469ffffffff000000000000191660309190911b69ffffffff00000000000016178255565b614cfe614ce06101608501614afd565b82805460ff60501b191660509290921b60ff60501b16919091179055565b614d32614d0e6101808501614b09565b82805463ffffffff60581b191660589290921b63ffffffff60581b16919091179055565b614d60614d426101a08501614afd565b82805460ff60781b191660789290921b60ff60781b16919091179055565b614d94614d706101c08501614b09565b82805463ffffffff60801b191660809290921b63ffffffff60801b16919091179055565b614dc2614da46101e08501614afd565b82805460ff60a01b191660a09290921b60ff60a01b16919091179055565b6137c7614dd26102008501614b09565b82805463ffffffff60a81b191660a89290921b63ffffffff60a81b16919091179055565b5f60208284031215614e06575f5ffd5b8135610bbb81614088565b634e487b7160e01b5f52601260045260245ffd5b5f82614e3357614e33614e11565b500490565b6102408101614e4782856146a6565b6001600160401b0383166102208301529392505050565b5f60208284031215614e6e575f5ffd5b8151610bbb81614088565b805460ff81168352600881901c63ffffffff166020840152602881901c63ffffffff166040840152604881901c63ffffffff166060840152606881901c63ffffffff166080840152608881901c6001600160401b031660a084015250600181015460c0830152600281015460ff811660e0840152600881901c63ffffffff16610100840152602881901c60ff16610120840152603081901c63ffffffff16610140840152605081901c60ff16610160840152605881901c63ffffffff16610180840152607881901c60ff166101a0840152608081901c63ffffffff166101c084015260a081901c60ff166101e084015260a881901c63ffffffff16610200840152505050565b61026081016148388286614e79565b5f60208284031215614f9e575f5ffd5b8135610bbb81613bda565b5f60208284031215614fb9575f5ffd5b8135610bbb816143f5565b5f60018201614fd557614fd56145bb565b5060010190565b5f8135610e3a8161448e565b80546001600160a01b0319166001600160a01b0392909216919091179055565b61501a61501483614fdc565b82614fe8565b61503261502960208401614fdc565b60018301614fe8565b60408201356002820155606082013560038201556080820135600482015560a0820135600582015560c082013560068201556007810161509561507760e08501614b15565b825467ffffffffffffffff19166001600160401b0391909116178255565b6150d26150a56101008501614b15565b825467ffffffffffffffff60401b191660409190911b6fffffffffffffffff000000000000000016178255565b6150e2614d706101208501614b09565b6150f2614da46101408501614afd565b6137c76151026101608501614b15565b82805467ffffffffffffffff60a81b191660a89290921b67ffffffffffffffff60a81b16919091179055565b60ff8281168282160390811115610e3a57610e3a6145bb565b5f5f8335601e1984360301811261515c575f5ffd5b8301803591506001600160401b03821115615175575f5ffd5b6020019150600581901b3603821315612b29575f5ffd5b81810381811115610e3a57610e3a6145bb565b818382375f9101908152919050565b8082028115828204841417610e3a57610e3a6145bb565b604081016151d38285613dca565b610bbb6020830184613dca565b63ffffffff8181168382160190811115610e3a57610e3a6145bb565b5f60ff821660ff8103615211576152116145bb565b60010192915050565b606081016152288286613dda565b6001600160401b038416602083015260ff83166040830152949350505050565b815160ff1681526102208101602083015161526b602084018263ffffffff169052565b506040830151615283604084018263ffffffff169052565b50606083015161529b606084018263ffffffff169052565b5060808301516152b3608084018263ffffffff169052565b5060a08301516152ce60a08401826001600160401b03169052565b5060c083015160c083015260e08301516152ed60e084018260ff169052565b5061010083015161530761010084018263ffffffff169052565b5061012083015161531e61012084018260ff169052565b5061014083015161533861014084018263ffffffff169052565b5061016083015161534f61016084018260ff169052565b5061018083015161536961018084018263ffffffff169052565b506101a08301516153806101a084018260ff169052565b506101c083015161539a6101c084018263ffffffff169052565b506101e08301516153b16101e084018260ff169052565b5061020083015161416261020084018263ffffffff169052565b5f82518060208501845e5f920191825250919050565b5f63ffffffff8316806153f6576153f6614e11565b8063ffffffff84160491505092915050565b5f63ffffffff83168061541d5761541d614e11565b8063ffffffff84160691505092915050565b63ffffffff8181168382160290811690818114614162576141626145bb565b634e487b7160e01b5f52603260045260245ffd5b6001600160401b038181168382160290811690818114614162576141626145bb565b6102408101614e478285614e79565b5f5f604083850312156154a4575f5ffd5b82516154af816143f5565b6020840151909250613c1c81613bda565b5f5f858511156154ce575f5ffd5b838611156154da575f5ffd5b5050820193919092039150565b80356001600160e01b03198116906004841015614162576001600160e01b031960049490940360031b84901b169092169291505056fea26469706673582212201f694e083db12579b2cb992c817bf8cd2992c8bfcd751f82dc2d3a516554e74a64736f6c63430008250033",
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
