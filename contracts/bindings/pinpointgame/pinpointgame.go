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
	Bin: "0x60e060405234801561000f575f5ffd5b5060405161570938038061570983398101604081905261002e9161008e565b60ff82161580610041575060088260ff16115b8061005457506001600160a01b0381163b155b156100715760405162de0e3560e11b815260040160405180910390fd5b60ff9091166080526001600160a01b031660a0523360c0526100d6565b5f5f6040838503121561009f575f5ffd5b825160ff811681146100af575f5ffd5b60208401519092506001600160a01b03811681146100cb575f5ffd5b809150509250929050565b60805160a05160c0516155c36101465f395f61167401525f81816101a501528181610b2b01528181610c7101528181610db40152818161101f0152818161286c0152612a3e01525f8181610353015281816114d4015281816115050152818161200c015261203d01526155c35ff3fe608060405234801561000f575f5ffd5b5060043610610187575f3560e01c80638dd2e43f116100d9578063cad1dcee11610093578063cfd1167d1161006e578063cfd1167d146103f9578063d5b4678a1461040c578063eb4c848c1461041f578063ecef6c5614610432575f5ffd5b8063cad1dcee146103c0578063cafb8a31146103d3578063cf77304d146103e6575f5ffd5b80638dd2e43f146103105780639d0da4d41461033b5780639e2b991b1461034e578063ac1c2b7d14610387578063c4ffbcb21461039a578063c7b5c95d146103ad575f5ffd5b80633e4f49e61161014457806350e3ccc01161011f57806350e3ccc01461029f5780635df11015146102ca5780636031c8eb146102dd5780637fc875f2146102fd575f5ffd5b80633e4f49e61461025657806345b569f0146102765780634d1975b414610289575f5ffd5b806308148f7a1461018b578063184f9654146101a05780631d4b3916146101e457806325aa4dd0146101f757806326b0cbb71461020a5780633c5940591461021d575b5f5ffd5b61019e610199366004613c00565b610445565b005b6101c77f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020015b60405180910390f35b61019e6101f2366004613c36565b61051f565b61019e610205366004613ca4565b61055b565b61019e610218366004613d3f565b610655565b61024961022b366004613c00565b5f90815260016020526040902060080154600160b01b900460ff1690565b6040516101db9190613df9565b610269610264366004613c00565b61070d565b6040516101db9190613e27565b61019e610284366004613fce565b6108dc565b6102915f5481565b6040519081526020016101db565b6101c76102ad366004613c00565b5f908152600160205260409020600801546001600160a01b031690565b61019e6102d8366004614057565b610ac4565b6102f06102eb3660046140e4565b610ae8565b6040516101db919061412e565b61019e61030b3660046141a6565b610bb5565b61032361031e366004614259565b610d9b565b6040516001600160401b0390911681526020016101db565b6002546101c7906001600160a01b031681565b6103757f000000000000000000000000000000000000000000000000000000000000000081565b60405160ff90911681526020016101db565b61019e610395366004614286565b610e33565b61019e6103a836600461431f565b610fef565b6102916103bb36600461439d565b61115f565b61019e6103ce3660046143b7565b6113d8565b61019e6103e136600461444b565b6114b8565b61019e6103f43660046144df565b611669565b61019e6104073660046144fa565b61172e565b61019e61041a366004614549565b611966565b61029161042d3660046145dd565b611a59565b61019e610440366004613c36565b611a6c565b5f61044f82611b47565b60088101549091505f90600160b81b900460ff16610481576009820154600160801b90046001600160401b0316610497565b6009820154600160401b90046001600160401b03165b60098301549091505f906104b59083906001600160401b031661460c565b9050806001600160401b031642116104f0576040516303a5cac360e01b81526001600160401b03821660048201526024015b60405180910390fd5b61051984848560080160179054906101000a900460ff16610512576001611bdd565b6002611bdd565b50505050565b5f828152600160205260408120600b0154600160481b900460ff1690610548848484600a611c5d565b9050610519848284610512576001611bdd565b5f61056a898960016004611c5d565b60078101549091505f906105989061059390600160401b90046001600160401b0316600161462b565b611f19565b905060ff8116861415806105e65750600d820154600b8301546105e3908a906105d390600190600160501b90046001600160401b031661463e565b6001600160401b03168a8a611f3c565b14155b1561060457604051637ca55c7760e01b815260040160405180910390fd5b600e820188905560108201859055600782015461063d908390600190889061063890600160801b900463ffffffff16611f19565b611f8c565b6106498a838686612001565b50505050505050505050565b5f6106638888600180611c5d565b60078101549091505f9061068c9061059390600160401b90046001600160401b0316600161462b565b905060ff8116851415806106c557506006820154600783015488916106c291600160401b90046001600160401b03168989611f3c565b14155b156106e357604051637ca55c7760e01b815260040160405180910390fd5b600d82018790556106f6825f8984611f8c565b61070289838686612001565b505050505050505050565b610788604080516101e08101909152805f81526020015f81526020015f81525f6020820181905260408201819052606082018190526080820181905260a0820181905260c0820181905260e0820181905261010082018190526101208201819052610140820181905261016082018190526101809091015290565b5f828152600160205260409081902081516101e0810190925260088101549091908190600160a01b900460ff16600a8111156107c6576107c6613dd1565b81526020018260080160159054906101000a900460ff1660048111156107ee576107ee613dd1565b81526020018260080160169054906101000a900460ff16600281111561081657610816613dd1565b8152600883015460ff600160b81b820481161515602084015263ffffffff600160c01b90920482166040840152600b8501546001600160401b038082166060860152600160401b8083049093166080860152600160501b8204811660a0860152600160901b820490931660c0850152600160b01b9004821660e0840152600c850154821661010084015260098501549081048216610120840152600160801b8104821661014084015216610160820152600a909201546101809092019190915292915050565b5f86815260016020526040812060080154600160a01b900460ff1690600682600a81111561090c5761090c613dd1565b148061097a575060045f89815260016020526040902060080154600160a81b900460ff16600481111561094157610941613dd1565b14801561097a5750600282600a81111561095d5761095d613dd1565b148061097a5750600782600a81111561097857610978613dd1565b145b90505f6109968989600185610990576006611c5d565b86611c5d565b6002549091506001600160a01b0316806109c35760405163a2a34ef760e01b815260040160405180910390fd5b6013820154600c830154604051631955dae160e01b81525f926001600160a01b03851692631955dae192610a219260ff811692600160281b90910463ffffffff90811692600160401b90920416908f908f908f908f90600401614685565b602060405180830381865afa158015610a3c573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610a6091906146cc565b6016840181905560088401805463ff0000ff60a01b1916600560a11b1790556040518181529091508b907fe973d8e2949a57708353f92f4235b0e74244d51a035b72c42bea554b3bb544c09060200160405180910390a25050505050505050505050565b5f610ad3858560016002611c5d565b9050610ae185828585612001565b5050505050565b6040805160e0810182525f80825260208201819052818301819052606082018190526080820181905260a0820181905260c08201529051636031c8eb60e01b81527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690636031c8eb90610b6c90879087908790600401614866565b60e060405180830381865afa158015610b87573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610bab919061492a565b90505b9392505050565b5f610bc48a8a60016005611c5d565b6007810154909150610be290600160801b900463ffffffff16611f19565b60ff168614610c0457604051637ca55c7760e01b815260040160405180910390fd5b6002810154610c3c610c23610c1e368c90038c018c6149c4565b61215e565b600b840154600160901b900463ffffffff168a8a611f3c565b14610c5a57604051637ca55c7760e01b815260040160405180910390fd5b6040516306c3ed8960e11b81526001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690630d87db1290610ca6908b90600401614b0c565b602060405180830381865afa158015610cc1573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610ce59190614b1b565b610d02576040516305bb030160e31b815260040160405180910390fd5b8760c0013585141580610d2257508060110154610d1f86866121ca565b14155b15610d4057604051637ca55c7760e01b815260040160405180910390fd5b8760138201610d4f8282614b5e565b905050610d8f8160038661063860088d60a0016020810190610d719190614e39565b610d85906001600160401b0316600761462b565b6105939190614e68565b6106498a828585612001565b604051638dd2e43f60e01b81525f906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690638dd2e43f90610deb9086908690600401614e7b565b602060405180830381865afa158015610e06573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610e2a9190614ea1565b90505b92915050565b5f610e4188885f6003611c5d565b905060046008820154600160a81b900460ff166004811115610e6557610e65613dd1565b14610e8357604051631e5acc5f60e31b815260040160405180910390fd5b600c81015463ffffffff600160401b909104811690871603610eb857604051637ca55c7760e01b815260040160405180910390fd5b6002546001600160a01b031680610ee25760405163a2a34ef760e01b815260040160405180910390fd5b6013820154604051631955dae160e01b81525f916001600160a01b03841691631955dae191610f309160ff821691600160281b900463ffffffff16908d908d908d908d908d90600401614685565b602060405180830381865afa158015610f4b573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610f6f91906146cc565b60168401819055600b8401805469ff0000000000000000001916600160481b17905560088401805463ff0000ff60a01b19166280000560a11b1790556040518181529091508a907fe973d8e2949a57708353f92f4235b0e74244d51a035b72c42bea554b3bb544c09060200160405180910390a250505050505050505050565b5f610ffe858560016007611c5d565b600b810154604051636031c8eb60e01b81529192505f916001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001691636031c8eb9161106b9160138701916001600160401b03600160b01b83048116921690600401614fc2565b60e060405180830381865afa158015611086573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906110aa919061492a565b600a8301549091505f6110bc826121d5565b9050816110c984836121e1565b146110e3576110da88856002611bdd565b50505050610519565b5f6110fd85856020015186606001518760a001518b612274565b90505f61111986866040015187608001518860c001518b612274565b90505f61112a865f015184846123f0565b90506111528b888663ffffffff168463ffffffff161461114b576002611bdd565b6001611bdd565b5050505050505050505050565b5f8061116e60208401846144df565b6001600160a01b0316148061119a57505f61118f60408401602085016144df565b6001600160a01b0316145b806111d157506111b060408301602084016144df565b6001600160a01b03166111c660208401846144df565b6001600160a01b0316145b806111f457506111e961012083016101008401614e39565b6001600160401b0316155b80611214575061120c61014083016101208401614fd1565b63ffffffff16155b80611237575061122c61018083016101608401614e39565b6001600160401b0316155b80611254575061124f61016083016101408401614fec565b60ff16155b156112715760405162de0e3560e11b815260040160405180910390fd5b5f5f815461127e90615007565b91829055505f818152600160205260409020909150828161129f828261504b565b50506008810180546001600160a81b0319163360ff60a01b191617600160a01b1760ff60b81b1916600160b81b1790556009810180546001600160401b03421667ffffffffffffffff1990911617905561130161018084016101608501614e39565b6009820180546001600160401b0392909216600160401b0267ffffffffffffffff60401b1990921691909117905561134161018084016101608501614e39565b6009820180546001600160401b0392909216600160801b0267ffffffffffffffff60801b1990921691909117905533827f58a5aab4fa01bfbdc74f179a01ed419cff11397eaff73344aec9e87349af962c61139f60208701876144df565b6113af60408801602089016144df565b604080516001600160a01b0393841681529290911660208301520160405180910390a350919050565b5f6113e7898960016006611c5d565b600c8101549091505f90611403906001600160401b0316611f19565b905060ff8116851415806114475750600c8201548890611444908990611434906001906001600160401b031661463e565b6001600160401b03168989611f3c565b14155b1561146557604051637ca55c7760e01b815260040160405180910390fd5b600c820154600160401b900463ffffffff16611480886121d5565b63ffffffff16146114a457604051637ca55c7760e01b815260040160405180910390fd5b6012820188905561063d8260048a84611f8c565b5f6114c688885f6003611c5d565b600b8101549091505f9060ff7f00000000000000000000000000000000000000000000000000000000000000008116600160401b9092041610611529577f0000000000000000000000000000000000000000000000000000000000000000611539565b600b820154600160401b900460ff165b905060ff811684141580611552575060ff811686901c15155b15611570576040516350e056af60e11b815260040160405180910390fd5b81600a015461159b888888888660ff1688600b0160089054906101000a900460ff1660ff1614612503565b146115b9576040516350e056af60e11b815260040160405180910390fd5b600a8201879055600b8201805467ffffffffffffffff1981166001600160401b0391821660ff8581169190911b8a1790921617808355839291600891611608918591600160401b900416615171565b82546101009290920a60ff818102199093169183160217909155600b840154600160401b9004161590506116555750600801805463ff0000ff60a01b19166280000160a11b179055611660565b61070289838561258b565b50505050505050565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161415806116ab57506002546001600160a01b031615155b806116bd57506001600160a01b038116155b156116da5760405162de0e3560e11b815260040160405180910390fd5b600280546001600160a01b0319166001600160a01b0383169081179091556040519081527f3542cab5fa1291bfba41d5555c44bbf9d6573fd6ec1ce69034e3fc7e03135ceb9060200160405180910390a150565b5f61173d848460016008611c5d565b600b8101549091506001600160401b03165f8181036117815761177683608086013560a087013561177160c089018961518a565b612998565b5060a0830135611947565b6007830154600160a01b900460ff1661179d602086018661518a565b9050146117bd57604051637ca55c7760e01b815260040160405180910390fd5b60038301546117e385356001600160401b0385166117de602089018961518a565b611f3c565b1461180157604051637ca55c7760e01b815260040160405180910390fd5b83355f0361188c576007830154600160a01b900460ff16611825606086018661518a565b90501461184557604051637ca55c7760e01b815260040160405180910390fd5b600e83015461186960408601356001600160401b0385166117de606089018961518a565b1461188757604051637ca55c7760e01b815260040160405180910390fd5b611940565b5f611899600186356151cf565b6007850154909150600160801b900463ffffffff16811015806118e7575060078401546118d290600160801b900463ffffffff16611f19565b60ff166118e2606087018761518a565b905014155b1561190557604051637ca55c7760e01b815260040160405180910390fd5b60108401546119206040870135836117de60608a018a61518a565b1461193e57604051637ca55c7760e01b815260040160405180910390fd5b505b5060408301355b61195e868485600a0154841461114b576002611bdd565b505050505050565b5f868152600160205260408120600b0154600160481b900460ff169061198f888884600a611c5d565b9050806016015486866040516119a69291906151e2565b60405180910390201415806119ce5750846119cb6001600160401b03861660046151f1565b10155b156119ec57604051637ca55c7760e01b815260040160405180910390fd5b5f5f6119f88387612a09565b91509150611a108888886001600160401b0316612b6f565b63ffffffff16611a2484600185858a612274565b63ffffffff1603611a4857604051637ca55c7760e01b815260040160405180910390fd5b6106498a848661114b576002611bdd565b5f610e2d610c1e368490038401846149c4565b5f611a7a83835f6003611c5d565b905060016008820154600160a81b900460ff166004811115611a9e57611a9e613dd1565b141580611ab75750600b8101546001600160401b031615155b80611aee57506007810154611ad890600160801b900463ffffffff16611f19565b600b820154600160401b900460ff908116911614155b15611b0c57604051635396738360e01b815260040160405180910390fd5b600f8101546007820154611b2f91839160029190600160a01b900460ff16611f8c565b600801805460ff60b81b1916600160b81b1790555050565b5f818152600160205260408120906008820154600160a01b900460ff16600a811115611b7557611b75613dd1565b03611b96576040516365450a8960e01b8152600481018390526024016104e7565b5f6008820154600160b01b900460ff166002811115611bb757611bb7613dd1565b14611bd857604051633496ed1560e01b8152600481018390526024016104e7565b919050565b60088201805482919060ff60b01b1916600160b01b836002811115611c0457611c04613dd1565b021790555060088201805460ff60a01b1916600960a01b17905560405183907f8a1c7850cb95b6648c597d19ad5a66ce32698f83f344546e66f4229ce5dacff990611c50908490613df9565b60405180910390a2505050565b5f611c6785611b47565b600881015490915063ffffffff858116600160c01b9092041614611cbb5760088101546040516367c5cfd560e01b8152600160c01b90910463ffffffff9081166004830152851660248201526044016104e7565b600881015460ff600160b81b909104161515831515141580611d12575082611cf05760018101546001600160a01b0316611cfc565b80546001600160a01b03165b6001600160a01b0316336001600160a01b031614155b15611d32576040516349f5ad1160e01b81523360048201526024016104e7565b81600a811115611d4457611d44613dd1565b6008820154600160a01b900460ff16600a811115611d6457611d64613dd1565b14611d9757818160080160149054906101000a900460ff166040516305fb5e1b60e01b81526004016104e7929190615208565b60098101545f90611db1906001600160401b03164261463e565b90508315611e415760098201546001600160401b03600160401b90910481169082161115611df2576040516328dedbb960e21b815260040160405180910390fd5b808260090160088282829054906101000a90046001600160401b0316611e18919061463e565b92506101000a8154816001600160401b0302191690836001600160401b03160217905550611ec5565b60098201546001600160401b03600160801b90910481169082161115611e7a576040516328dedbb960e21b815260040160405180910390fd5b808260090160108282829054906101000a90046001600160401b0316611ea0919061463e565b92506101000a8154816001600160401b0302191690836001600160401b031602179055505b60098201805467ffffffffffffffff1916426001600160401b0316179055611eee856001615223565b8260080160186101000a81548163ffffffff021916908363ffffffff16021790555050949350505050565b5f5b818160ff166001901b1015611bd85780611f348161523f565b915050611f1b565b5f61010082108015611f4f575083821c15155b15611f775760405163177e5bcb60e01b815260048101859052602481018390526044016104e7565b611f8385858585612bb5565b95945050505050565b60088401805484919060ff60a81b1916600160a81b836004811115611fb357611fb3613dd1565b0217905550600a8401829055600b8401805468ffffffffffffffffff1916600160401b60ff8416021790556008840180546002919060ff60a01b1916600160a01b835b021790555050505050565b600b8301545f9060ff7f00000000000000000000000000000000000000000000000000000000000000008116600160401b9092041610612061577f0000000000000000000000000000000000000000000000000000000000000000612071565b600b840154600160401b900460ff165b9050600160ff82161b8214612099576040516301011fe960e71b815260040160405180910390fd5b600a840154600b8501546120bf908590859060ff868116600160401b9092041614612c5b565b146120dd576040516301011fe960e71b815260040160405180910390fd5b600884018054600360a01b63ff0000ff60a01b199091161790819055600b85015460405187927fabee462a101e928858f3217679f46322b07c5121571792b957c25b03c18f583c9261214f9260ff600160a81b9093048316926001600160401b03831692600160401b9004169061525d565b60405180910390a25050505050565b5f600282604051602001612172919061528b565b60408051601f198184030181529082905261218c9161540e565b602060405180830381855afa1580156121a7573d5f5f3e3d5ffd5b5050506040513d601f19601f82011682018060405250810190610e2d91906146cc565b5f610e2a8383612e17565b5f610e2d826010612e50565b5f5f60606121ee84612e7e565b63ffffffff16901b60806122058660c00151612e7e565b63ffffffff16901b60a061221c8760a00151612e7e565b63ffffffff16901b60d8876080015160ff16901b60e0886060015160ff16901b60e8896040015160ff16901b60f08a6020015160ff16901b60f88b5f015160ff16901b171717171717179050805f1b91505092915050565b5f60ff8516612284575081611f83565b60021960ff86160161229757505f611f83565b60011960ff86160161235757600b8601546001600160401b031663ffffffff84161015806122ec5750600c8601546122d7906001600160401b0316611f19565b60ff166122e7602084018461518a565b905014155b1561230a57604051637ca55c7760e01b815260040160405180910390fd5b6012860154612328833563ffffffff86166117de602087018761518a565b1461234657604051637ca55c7760e01b815260040160405180910390fd5b61235082356121d5565b9050611f83565b5f612363878685612ebe565b90505f61238c60c0850135612379600888615424565b63ffffffff166117de60e088018861518a565b90508161239d8560a00135836121ca565b146123bb57604051637ca55c7760e01b815260040160405180910390fd5b6123e460c08501356123ce60088861544b565b6123d9906004615472565b63ffffffff16612e50565b98975050505050505050565b5f5f1960ff85160161240d576124068383613065565b9050610bae565b60021960ff851601612423576124068383613251565b60011960ff851601612439576124068383613361565b60051960ff85160161244f576124068383613372565b60031960ff8516016124655761240683836133c8565b60071960ff85160161247b57612406838361351d565b60061960ff851601612491576124068383613571565b60041960ff8516016124a657612406836135c0565b60081960ff8516016124bb5761240683613678565b60091960ff8516016124d05761240683613709565b600a1960ff8516016124e55761240683613772565b604051633e920abf60e21b815260ff851660048201526024016104e7565b5f81156125165761235086868686612bb5565b50845f5b8381101561258157600186821c811614612555576125508286868481811061254457612544615491565b905060200201356137ce565b612577565b61257785858381811061256a5761256a615491565b90506020020135836137ce565b915060010161251a565b5095945050505050565b600882018054600160b81b60ff60b81b19821617909155600160a81b900460ff165f8160048111156125bf576125bf613dd1565b0361267957600b8301546001600160401b03165f8190036125f757610ae18585865f016005015487600a01541461114b576002611bdd565b60078401546001600160401b03600160401b9091048116908216111561262657610ae1858586600a01546137f4565b600b8401805467ffffffffffffffff60501b1916600160501b6001600160401b03841602179055600a840154600f8501556008840180546004919060ff60a01b1916600160a01b83021790555050610519565b600181600481111561268d5761268d613dd1565b03612717576007830154600b840154600160801b90910463ffffffff166001600160401b03909116106126c957610519848485600a01546137f4565b600b8301805463ffffffff8116600160901b0263ffffffff60901b19909116179055600a83015460118401556008830180546005919060ff60a01b1916600160a01b835b0217905550610519565b600281600481111561272b5761272b613dd1565b03612749576008838101805460ff60a01b1916600160a01b8361270d565b600381600481111561275d5761275d613dd1565b036129515760088260ff1610612786576040516350e056af60e11b815260040160405180910390fd5b600b8301545f9060ff8416906127a6906001600160401b031660086154a5565b6127b0919061460c565b90505f6127d085600a01548560ff1660046127cb91906151f1565b612e50565b600b8601805467ffffffffffffffff60b01b1916600160b01b6001600160401b0386811691820292909217909255600c880180546bffffffff00000000000000001916600160401b63ffffffff8616021790556013880154929350600160881b909204909116116128535761195e868663ffffffff84161561114b576002611bdd565b604051638dd2e43f60e01b81525f906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690638dd2e43f906128a69060138a019087906004016154c7565b602060405180830381865afa1580156128c1573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906128e59190614ea1565b9050806001600160401b03165f0361290f57611660878763ffffffff85161561114b576002611bdd565b600c8601805467ffffffffffffffff19166001600160401b0383161790556008860180546006919060ff60a01b1916600160a01b830217905550505050610519565b600c830154600b8401546001600160401b0391821691161061297c57610519848485600a01546137f4565b6008830180546007919060ff60a01b1916600160a01b83611ff6565b600b85015460078601545f916001916129c4916001600160401b03600160501b9091048116911661462b565b6129ce91906151cf565b60048701549091506129eb6129e3878761380b565b838686611f3c565b1461195e57604051637ca55c7760e01b815260040160405180910390fd5b600b82015460138301545f918291600160b01b9091046001600160401b03169060ff165f1901612b14575f6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016636031c8eb6013880184612a7360028a6154d6565b612a7e9060026154a5565b6040518463ffffffff1660e01b8152600401612a9c93929190614fc2565b60e060405180830381865afa158015612ab7573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612adb919061492a565b9050612ae8600286615503565b6001600160401b031615612b025760018160c00151612b09565b5f8160a001515b935093505050612b68565b601385015460ff166002148015612b345750836001600160401b03166001145b15612b62576013850154600190612b5890600160281b900463ffffffff1683615503565b9250925050612b68565b83925090505b9250929050565b5f8383612b7d8460046151f1565b90612b898560046151f1565b612b9490600461462b565b92612ba193929190615530565b612baa91615557565b60e01c949350505050565b5f6040515f815385600182015260205f60218360025afa612bdd5763832d99055f526004601cfd5b5f519150838360051b8101600183535b80821015612c5057600187168015612c115782356001850152846021850152612c1f565b846001850152823560218501525b5060205f60418560025afa612c3b5763832d99055f526004601cfd5b5f5193508660011c9650602082019150612bed565b505050949350505050565b5f82801580612c755750612c706001826151cf565b811615155b15612c9657604051636d19f66360e11b8152600481018290526024016104e7565b5f816001600160401b03811115612caf57612caf61489d565b604051908082528060200260200182016040528015612cd8578160200160208202803683370190505b5090505f5b82811015612d4e5784612d0857868682818110612cfc57612cfc615491565b90506020020135612d29565b612d29878783818110612d1d57612d1d615491565b90506020020135613886565b828281518110612d3b57612d3b615491565b6020908102919091010152600101612cdd565b505b6001821115612df25760019190911c905f5b82811015612dec57612dc782612d798360026151f1565b81518110612d8957612d89615491565b602002602001015183836002612d9f91906151f1565b612daa90600161462b565b81518110612dba57612dba615491565b60200260200101516137ce565b828281518110612dd957612dd9615491565b6020908102919091010152600101612d62565b50612d50565b805f81518110612e0457612e04615491565b6020026020010151925050509392505050565b5f6040516002815383600182015282602182015260205f60418360025afa612e465763832d99055f526004601cfd5b50505f5192915050565b5f80612e5d83601c6151cf565b612e689060086151f1565b84901c9050612e7681612e7e565b949350505050565b5f60188263ffffffff16901b60088363ffffffff16901b62ff00001660088463ffffffff16901c61ff001660188563ffffffff16901c1717179050919050565b5f5f5f612ece86601301866138ae565b90925090505f1960ff831601612f65576007860154600160a01b900460ff16612efa602086018661518a565b905014612f1a57604051637ca55c7760e01b815260040160405180910390fd5b600e860154612f428535612f3563ffffffff8516600161462b565b6117de602089018961518a565b14612f6057604051637ca55c7760e01b815260040160405180910390fd5b61305a565b60011960ff831601612faa57612f8c8660408601356060870135611771608089018961518a565b6040840135612f42853563ffffffff84166117de602089018961518a565b60021960ff83160161304157600b86015463ffffffff600160901b909104811690821610158061300557506007860154612ff090600160801b900463ffffffff16611f19565b60ff16613000602086018661518a565b905014155b1561302357604051637ca55c7760e01b815260040160405180910390fd5b6010860154612f42853563ffffffff84166117de602089018961518a565b6040516305bb030160e31b815260040160405180910390fd5b505090359392505050565b5f637fffffff838116908316637f8000008210158061308e5750637f80000063ffffffff821610155b1561312157637f80000063ffffffff831611806130b45750637f80000063ffffffff8216115b156130c757637fc0000092505050610e2d565b637f7fffff1963ffffffff8316016131175763ffffffff8116637f8000001480156130fe57508363ffffffff168563ffffffff1614155b613108578461310e565b637fc000005b92505050610e2d565b8392505050610e2d565b8063ffffffff165f0361314b5763ffffffff821615613140578461310e565b505050818116610e2d565b8163ffffffff165f03613162578392505050610e2d565b5f5f61316d846139a0565b915091505f5f61317c856139a0565b915091505f8184126131b85781840360408111156131aa57604086901b9550600193506040850391506131b2565b94851b948291505b506131e4565b83820360408111156131da57604084901b9350600195506040830391506131e2565b92831b928491505b505b63800000008a8116908a1681036132115761320281838689016139d5565b98505050505050505050610e2d565b838611156132265761320281838689036139d5565b858411156132415761320263800000008b16838887036139d5565b505f9a9950505050505050505050565b5f828218638000000016637fffffff808516908416637f8000008211806132815750637f80000063ffffffff8216115b1561329557637fc000009350505050610e2d565b637f7fffff1963ffffffff8316016132cf5763ffffffff8116156132bf57637f80000083176132c5565b637fc000005b9350505050610e2d565b637f7fffff1963ffffffff8216016132f95763ffffffff8216156132bf57637f80000083176132c5565b63ffffffff82161580613310575063ffffffff8116155b1561332057829350505050610e2d565b5f5f61332b846139a0565b915091505f5f61333a856139a0565b915091506133538763ffffffff168285018487026139d5565b9a9950505050505050505050565b5f610e2a8363800000008418613065565b5f637f800000637fffffff841611806133945750637f800000637fffffff8316115b156133a45750637fc00000610e2d565b6133ad82613a7f565b6133b684613a7f565b116133c15781610e2a565b5090919050565b5f828218638000000016637fffffff808516908416637f8000008211806133f85750637f80000063ffffffff8216115b1561340c57637fc000009350505050610e2d565b637f7fffff1963ffffffff83160161343b5763ffffffff8116637f800000146132bf57637f80000083176132c5565b637f7fffff1963ffffffff82160161345857829350505050610e2d565b8063ffffffff165f0361347d5763ffffffff8216156132bf57637f80000083176132c5565b8163ffffffff165f0361349557829350505050610e2d565b5f5f6134a0846139a0565b915091505f5f6134af856139a0565b9092509050604084901b5f8382816134c9576134c9614e54565b0490505f8483816134dc576134dc614e54565b06156134e95760016134eb565b5f5b60ff16905061350c8a63ffffffff1660418689030383600186901b176139d5565b9d9c50505050505050505050505050565b5f637f800000637fffffff8416111561353b5750637fc00000610e2d565b63800000008316158015613554575063ffffffff831615155b156135695761356282613aae565b9050610e2d565b505f92915050565b5f637f800000637fffffff841611806135935750637f800000637fffffff8316115b156135a35750637fc00000610e2d565b6135ac82613a7f565b6135b584613a7f565b106133c15781610e2a565b5f637fffffff821681036135d2575090565b637f80000063ffffffff831611156135ef5750637fc00000919050565b637f7fffff1963ffffffff831601613605575090565b5f5f613610846139a0565b91509150806001165f146136295760019190911b905f19015b605082901b5f61363882613ad1565b90505f828283021461364b57600161364d565b5f5b60ff16905061366d5f60016002604f198801050383600186901b176139d5565b979650505050505050565b5f637f800000637fffffff831611156136965750637fc00000919050565b5f6380000000831681036136ce576342fe00008363ffffffff1610156136c4576136bf83613b29565b6136c7565b607f5b90506136fd565b6342fc0000637fffffff841610156136f6576136ef637fffffff8416613b29565b5f036136fa565b607d195b90505b607f0160171b92915050565b5f637fffffff82168103613722575063ff800000919050565b637f80000063ffffffff8316111561373f5750637fc00000919050565b637f7fffff1963ffffffff83160161375c5750637f800000919050565b5f61376683613b69565b915050610bae81613bdb565b5f637fffffff8216158061378f575063ffffffff8216637f800000145b1561379f5750633f800000919050565b637f80000063ffffffff831611156137bc5750637fc00000919050565b5f6137c683613b69565b509392505050565b5f6040516001815383600182015282602182015260205f60418360025afa612e46575f5ffd5b6138068383831561114b576002611bdd565b505050565b604051600160fa1b602082015260218101839052604181018290525f9060029060610160408051601f19818403018152908290526138489161540e565b602060405180830381855afa158015613863573d5f5f3e3d5ffd5b5050506040513d601f19601f82011682018060405250810190610e2a91906146cc565b5f6040515f815382600182015260205f60218360025afa6138a5575f5ffd5b50505f51919050565b5f5f8260ff165f036138d6575050600282015460ff811690610100900463ffffffff16612b68565b8260ff166001036139085750506002820154600160281b810460ff16906601000000000000900463ffffffff16612b68565b8260ff166002036139375750506002820154600160501b810460ff1690600160581b900463ffffffff16612b68565b8260ff166003036139665750506002820154600160781b810460ff1690600160801b900463ffffffff16612b68565b8260ff166004036139955750506002820154600160a01b810460ff1690600160a81b900463ffffffff16612b68565b505f93849350915050565b627fffff81165f60ff601784901c168082036139c05760941991506139cf565b62800000831792506096810391505b50915091565b5f815f036139e4575082610bae565b811e60e8819003609419859003811215613a0057846094190390505b5f5f821315613a4c575083811c815f19600180831b820188169183011b80821180613a3857508082148015613a385750836001166001145b15613a44578360010193505b505050613a55565b815f0385901b90505b60958683010160171b8101637f8000008110613a725750637f8000005b9096179695505050505050565b5f6380000000821615613a9e57637fffffff8216638000000003610e2d565b5063ffffffff1663800000000190565b5f637f800000637fffffff831611613ac65781610e2d565b637fc0000092915050565b6001811e610101819003821c82901b915f90838581613af257613af2614e54565b048401901c90505b82811015613b22578092506001838581613b1657613b16614e54565b048401901c9050613afa565b5050919050565b5f6101ff601783901c16607f811015613b4457505f92915050565b8060960383627fffff16628000001763ffffffff16901c63ffffffff16915050919050565b5f80627fffff83166101ff601785901c168203613b9f5760e8811e607d1981900391909101925060e719011b627fffff16613baf565b607e196101ff601786901c160191505b633f80000081179250633fb504f363ffffffff8416106139cf57633f0000001793600190910192509050565b5f5f821215613bf557610e2d63800000005f8481036139d5565b610e2d5f5f846139d5565b5f60208284031215613c10575f5ffd5b5035919050565b63ffffffff81168114613c28575f5ffd5b50565b8035611bd881613c17565b5f5f60408385031215613c47575f5ffd5b823591506020830135613c5981613c17565b809150509250929050565b5f5f83601f840112613c74575f5ffd5b5081356001600160401b03811115613c8a575f5ffd5b6020830191508360208260051b8501011115612b68575f5ffd5b5f5f5f5f5f5f5f5f60c0898b031215613cbb575f5ffd5b883597506020890135613ccd81613c17565b96506040890135955060608901356001600160401b03811115613cee575f5ffd5b613cfa8b828c01613c64565b9096509450506080890135925060a08901356001600160401b03811115613d1f575f5ffd5b613d2b8b828c01613c64565b999c989b5096995094979396929594505050565b5f5f5f5f5f5f5f60a0888a031215613d55575f5ffd5b873596506020880135613d6781613c17565b95506040880135945060608801356001600160401b03811115613d88575f5ffd5b613d948a828b01613c64565b90955093505060808801356001600160401b03811115613db2575f5ffd5b613dbe8a828b01613c64565b989b979a50959850939692959293505050565b634e487b7160e01b5f52602160045260245ffd5b60038110613df557613df5613dd1565b9052565b60208101610e2d8284613de5565b600b8110613df557613df5613dd1565b60058110613df557613df5613dd1565b5f6101e082019050613e3a828451613e07565b6020830151613e4c6020840182613e17565b506040830151613e5f6040840182613de5565b506060830151613e73606084018215159052565b506080830151613e8b608084018263ffffffff169052565b5060a0830151613ea660a08401826001600160401b03169052565b5060c0830151613ebb60c084018260ff169052565b5060e0830151613ed660e08401826001600160401b03169052565b50610100830151613ef061010084018263ffffffff169052565b50610120830151613f0d6101208401826001600160401b03169052565b50610140830151613f2a6101408401826001600160401b03169052565b50610160830151613f476101608401826001600160401b03169052565b50610180830151613f646101808401826001600160401b03169052565b506101a0830151613f816101a08401826001600160401b03169052565b506101c092830151919092015290565b5f5f83601f840112613fa1575f5ffd5b5081356001600160401b03811115613fb7575f5ffd5b602083019150836020828501011115612b68575f5ffd5b5f5f5f5f5f5f60808789031215613fe3575f5ffd5b863595506020870135613ff581613c17565b945060408701356001600160401b0381111561400f575f5ffd5b61401b89828a01613f91565b90955093505060608701356001600160401b03811115614039575f5ffd5b61404589828a01613f91565b979a9699509497509295939492505050565b5f5f5f5f6060858703121561406a575f5ffd5b84359350602085013561407c81613c17565b925060408501356001600160401b03811115614096575f5ffd5b6140a287828801613c64565b95989497509550505050565b5f61022082840312156140bf575f5ffd5b50919050565b6001600160401b0381168114613c28575f5ffd5b8035611bd8816140c5565b5f5f5f61026084860312156140f7575f5ffd5b61410185856140ae565b9250610220840135614112816140c5565b9150610240840135614123816140c5565b809150509250925092565b5f60e08201905060ff835116825260ff602084015116602083015260ff604084015116604083015260ff606084015116606083015260ff608084015116608083015260a083015161418760a084018263ffffffff169052565b5060c083015161419f60c084018263ffffffff169052565b5092915050565b5f5f5f5f5f5f5f5f5f6102e08a8c0312156141bf575f5ffd5b8935985060208a01356141d181613c17565b97506141e08b60408c016140ae565b96506102608a01356001600160401b038111156141fb575f5ffd5b6142078c828d01613c64565b9097509550506102808a013593506102a08a013592506102c08a01356001600160401b03811115614236575f5ffd5b6142428c828d01613c64565b915080935050809150509295985092959850929598565b5f5f610240838503121561426b575f5ffd5b61427584846140ae565b9150610220830135613c59816140c5565b5f5f5f5f5f5f5f60a0888a03121561429c575f5ffd5b8735965060208801356142ae81613c17565b955060408801356142be81613c17565b945060608801356001600160401b038111156142d8575f5ffd5b6142e48a828b01613f91565b90955093505060808801356001600160401b03811115614302575f5ffd5b613dbe8a828b01613f91565b5f61010082840312156140bf575f5ffd5b5f5f5f5f60808587031215614332575f5ffd5b84359350602085013561434481613c17565b925060408501356001600160401b0381111561435e575f5ffd5b61436a8782880161430e565b92505060608501356001600160401b03811115614385575f5ffd5b6143918782880161430e565b91505092959194509250565b5f6101808284031280156143af575f5ffd5b509092915050565b5f5f5f5f5f5f5f5f60c0898b0312156143ce575f5ffd5b8835975060208901356143e081613c17565b9650604089013595506060890135945060808901356001600160401b03811115614408575f5ffd5b6144148b828c01613c64565b90955093505060a08901356001600160401b03811115613d1f575f5ffd5b60ff81168114613c28575f5ffd5b8035611bd881614432565b5f5f5f5f5f5f5f60c0888a031215614461575f5ffd5b87359650602088013561447381613c17565b9550604088013594506060880135935060808801356001600160401b0381111561449b575f5ffd5b6144a78a828b01613c64565b90945092505060a08801356144bb81614432565b8091505092959891949750929550565b6001600160a01b0381168114613c28575f5ffd5b5f602082840312156144ef575f5ffd5b8135610bae816144cb565b5f5f5f6060848603121561450c575f5ffd5b83359250602084013561451e81613c17565b915060408401356001600160401b03811115614538575f5ffd5b840160e08187031215614123575f5ffd5b5f5f5f5f5f5f60a0878903121561455e575f5ffd5b86359550602087013561457081613c17565b945060408701356001600160401b0381111561458a575f5ffd5b61459689828a01613f91565b90955093505060608701356145aa816140c5565b915060808701356001600160401b038111156145c4575f5ffd5b6145d089828a0161430e565b9150509295509295509295565b5f61022082840312156145ee575f5ffd5b610e2a83836140ae565b634e487b7160e01b5f52601160045260245ffd5b6001600160401b038181168382160190811115610e2d57610e2d6145f8565b80820180821115610e2d57610e2d6145f8565b6001600160401b038281168282160390811115610e2d57610e2d6145f8565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b60ff8816815263ffffffff8716602082015263ffffffff8616604082015260a060608201525f6146b960a08301868861465d565b828103608084015261335381858761465d565b5f602082840312156146dc575f5ffd5b5051919050565b6146f7826146f083614440565b60ff169052565b61470360208201613c2b565b63ffffffff16602083015261471a60408201613c2b565b63ffffffff16604083015261473160608201613c2b565b63ffffffff16606083015261474860808201613c2b565b63ffffffff16608083015261475f60a082016140d9565b6001600160401b031660a083015260c0818101359083015261478360e08201614440565b60ff1660e08301526147986101008201613c2b565b63ffffffff166101008301526147b16101208201614440565b60ff166101208301526147c76101408201613c2b565b63ffffffff166101408301526147e06101608201614440565b60ff166101608301526147f66101808201613c2b565b63ffffffff1661018083015261480f6101a08201614440565b60ff166101a08301526148256101c08201613c2b565b63ffffffff166101c083015261483e6101e08201614440565b60ff166101e08301526148546102008201613c2b565b63ffffffff8116610200840152505050565b610260810161487582866146e3565b6001600160401b0384166102208301526001600160401b038316610240830152949350505050565b634e487b7160e01b5f52604160045260245ffd5b60405160e081016001600160401b03811182821017156148df57634e487b7160e01b5f52604160045260245ffd5b60405290565b60405161022081016001600160401b03811182821017156148df57634e487b7160e01b5f52604160045260245ffd5b8051611bd881614432565b8051611bd881613c17565b5f60e082840312801561493b575f5ffd5b506149446148b1565b825161494f81614432565b8152602083015161495f81614432565b6020820152604083015161497281614432565b6040820152606083015161498581614432565b606082015261499660808401614914565b60808201526149a760a0840161491f565b60a08201526149b860c0840161491f565b60c08201529392505050565b5f6102208284031280156149d6575f5ffd5b506149df6148e5565b6149e883614440565b81526149f660208401613c2b565b6020820152614a0760408401613c2b565b6040820152614a1860608401613c2b565b6060820152614a2960808401613c2b565b6080820152614a3a60a084016140d9565b60a082015260c08381013590820152614a5560e08401614440565b60e0820152614a676101008401613c2b565b610100820152614a7a6101208401614440565b610120820152614a8d6101408401613c2b565b610140820152614aa06101608401614440565b610160820152614ab36101808401613c2b565b610180820152614ac66101a08401614440565b6101a0820152614ad96101c08401613c2b565b6101c0820152614aec6101e08401614440565b6101e0820152614aff6102008401613c2b565b6102008201529392505050565b6102208101610e2d82846146e3565b5f60208284031215614b2b575f5ffd5b81518015158114610bae575f5ffd5b5f8135610e2d81614432565b5f8135610e2d81613c17565b5f8135610e2d816140c5565b614b7b614b6a83614b3a565b825460ff191660ff91909116178255565b614ba6614b8a60208401614b46565b825464ffffffff00191660089190911b64ffffffff0016178255565b614bd9614bb560408401614b46565b825468ffffffff0000000000191660289190911b68ffffffff000000000016178255565b614c14614be860608401614b46565b82546cffffffff000000000000000000191660489190911b6cffffffff00000000000000000016178255565b614c47614c2360808401614b46565b82805463ffffffff60681b191660689290921b63ffffffff60681b16919091179055565b614c82614c5660a08401614b52565b82805467ffffffffffffffff60881b191660889290921b67ffffffffffffffff60881b16919091179055565b60c0820135600182015560028101614c9f614b6a60e08501614b3a565b614caf614b8a6101008501614b46565b614cdd614cbf6101208501614b3a565b825465ff0000000000191660289190911b65ff000000000016178255565b614d13614ced6101408501614b46565b825469ffffffff000000000000191660309190911b69ffffffff00000000000016178255565b614d41614d236101608501614b3a565b82805460ff60501b191660509290921b60ff60501b16919091179055565b614d75614d516101808501614b46565b82805463ffffffff60581b191660589290921b63ffffffff60581b16919091179055565b614da3614d856101a08501614b3a565b82805460ff60781b191660789290921b60ff60781b16919091179055565b614dd7614db36101c08501614b46565b82805463ffffffff60801b191660809290921b63ffffffff60801b16919091179055565b614e05614de76101e08501614b3a565b82805460ff60a01b191660a09290921b60ff60a01b16919091179055565b613806614e156102008501614b46565b82805463ffffffff60a81b191660a89290921b63ffffffff60a81b16919091179055565b5f60208284031215614e49575f5ffd5b8135610bae816140c5565b634e487b7160e01b5f52601260045260245ffd5b5f82614e7657614e76614e54565b500490565b6102408101614e8a82856146e3565b6001600160401b0383166102208301529392505050565b5f60208284031215614eb1575f5ffd5b8151610bae816140c5565b805460ff81168352600881901c63ffffffff166020840152602881901c63ffffffff166040840152604881901c63ffffffff166060840152606881901c63ffffffff166080840152608881901c6001600160401b031660a084015250600181015460c0830152600281015460ff811660e0840152600881901c63ffffffff16610100840152602881901c60ff16610120840152603081901c63ffffffff16610140840152605081901c60ff16610160840152605881901c63ffffffff16610180840152607881901c60ff166101a0840152608081901c63ffffffff166101c084015260a081901c60ff166101e084015260a881901c63ffffffff16610200840152505050565b61026081016148758286614ebc565b5f60208284031215614fe1575f5ffd5b8135610bae81613c17565b5f60208284031215614ffc575f5ffd5b8135610bae81614432565b5f60018201615018576150186145f8565b5060010190565b5f8135610e2d816144cb565b80546001600160a01b0319166001600160a01b0392909216919091179055565b61505d6150578361501f565b8261502b565b61507561506c6020840161501f565b6001830161502b565b60408201356002820155606082013560038201556080820135600482015560a0820135600582015560c08201356006820155600781016150d86150ba60e08501614b52565b825467ffffffffffffffff19166001600160401b0391909116178255565b6151156150e86101008501614b52565b825467ffffffffffffffff60401b191660409190911b6fffffffffffffffff000000000000000016178255565b615125614db36101208501614b46565b615135614de76101408501614b3a565b6138066151456101608501614b52565b82805467ffffffffffffffff60a81b191660a89290921b67ffffffffffffffff60a81b16919091179055565b60ff8281168282160390811115610e2d57610e2d6145f8565b5f5f8335601e1984360301811261519f575f5ffd5b8301803591506001600160401b038211156151b8575f5ffd5b6020019150600581901b3603821315612b68575f5ffd5b81810381811115610e2d57610e2d6145f8565b818382375f9101908152919050565b8082028115828204841417610e2d57610e2d6145f8565b604081016152168285613e07565b610bae6020830184613e07565b63ffffffff8181168382160190811115610e2d57610e2d6145f8565b5f60ff821660ff8103615254576152546145f8565b60010192915050565b6060810161526b8286613e17565b6001600160401b038416602083015260ff83166040830152949350505050565b815160ff168152610220810160208301516152ae602084018263ffffffff169052565b5060408301516152c6604084018263ffffffff169052565b5060608301516152de606084018263ffffffff169052565b5060808301516152f6608084018263ffffffff169052565b5060a083015161531160a08401826001600160401b03169052565b5060c083015160c083015260e083015161533060e084018260ff169052565b5061010083015161534a61010084018263ffffffff169052565b5061012083015161536161012084018260ff169052565b5061014083015161537b61014084018263ffffffff169052565b5061016083015161539261016084018260ff169052565b506101808301516153ac61018084018263ffffffff169052565b506101a08301516153c36101a084018260ff169052565b506101c08301516153dd6101c084018263ffffffff169052565b506101e08301516153f46101e084018260ff169052565b5061020083015161419f61020084018263ffffffff169052565b5f82518060208501845e5f920191825250919050565b5f63ffffffff83168061543957615439614e54565b8063ffffffff84160491505092915050565b5f63ffffffff83168061546057615460614e54565b8063ffffffff84160691505092915050565b63ffffffff818116838216029081169081811461419f5761419f6145f8565b634e487b7160e01b5f52603260045260245ffd5b6001600160401b03818116838216029081169081811461419f5761419f6145f8565b6102408101614e8a8285614ebc565b5f6001600160401b038316806154ee576154ee614e54565b806001600160401b0384160491505092915050565b5f6001600160401b0383168061551b5761551b614e54565b806001600160401b0384160691505092915050565b5f5f8585111561553e575f5ffd5b8386111561554a575f5ffd5b5050820193919092039150565b80356001600160e01b0319811690600484101561419f576001600160e01b031960049490940360031b84901b169092169291505056fea26469706673582212204ea33dece9c991f534816377c19b934de91fb00f12edb3884e87fe7e2b556f4e64736f6c63430008250033",
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
