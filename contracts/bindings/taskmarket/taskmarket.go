// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package taskmarket

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

// TaskMarketAttestation is an auto generated low-level Go binding around an user-defined struct.
type TaskMarketAttestation struct {
	State      uint8
	Segment    uint64
	JoinBlock  uint64
	Commitment [32]byte
	EndHash    [32]byte
	Disputes   uint32
}

// TaskMarketAudit is an auto generated low-level Go binding around an user-defined struct.
type TaskMarketAudit struct {
	ForcedErrorBps uint16
	AttestWindow   uint64
	RevealWindow   uint64
	AttestStake    *big.Int
	JackpotFee     *big.Int
	Jackpot        *big.Int
	AttestFee      *big.Int
	MaxAttesters   uint32
}

// TaskMarketAuditState is an auto generated low-level Go binding around an user-defined struct.
type TaskMarketAuditState struct {
	Audit             TaskMarketAudit
	SecretHash        [32]byte
	ClaimHash         [32]byte
	ClaimBlock        uint64
	AttestEnd         uint64
	RevealEnd         uint64
	SecretEnd         uint64
	SecretRevealed    bool
	Forced            bool
	SolverLost        bool
	ForcedSegment     uint64
	ChallengedSegment uint64
	Decoy             [32]byte
	TrueLeaf          [32]byte
	Attesters         uint32
	Finders           uint32
	JackpotShare      *big.Int
	JackpotHeld       *big.Int
	FeesHeld          *big.Int
}

// TaskMarketChallenge is an auto generated low-level Go binding around an user-defined struct.
type TaskMarketChallenge struct {
	Segment    uint64
	Start      [32]byte
	StartProof [][32]byte
	End        [32]byte
	EndProof   [][32]byte
}

// TaskMarketChunkOpening is an auto generated low-level Go binding around an user-defined struct.
type TaskMarketChunkOpening struct {
	HeaderHash [32]byte
	Leaf       [32]byte
	DataPath   [][32]byte
	StatePath  [][32]byte
	Header     []byte
	DataRoot   [32]byte
}

// TaskMarketChunkRequest is an auto generated low-level Go binding around an user-defined struct.
type TaskMarketChunkRequest struct {
	Wanted   [32]byte
	AnswerBy uint64
}

// TaskMarketDecoyOpening is an auto generated low-level Go binding around an user-defined struct.
type TaskMarketDecoyOpening struct {
	TensorIndex *big.Int
	HeaderHash  [32]byte
	Element     *big.Int
	Leaf        [32]byte
	DataPath    [][32]byte
	StatePath   [][32]byte
}

// TaskMarketSpec is an auto generated low-level Go binding around an user-defined struct.
type TaskMarketSpec struct {
	SpecHash     [32]byte
	NodesRoot    [32]byte
	StateMapRoot [32]byte
	DataRoot     [32]byte
	InitRoot     [32]byte
	Steps        uint64
	Interval     uint64
	NumNodes     uint32
	StateDepth   uint8
}

// TaskMarketTask is an auto generated low-level Go binding around an user-defined struct.
type TaskMarketTask struct {
	Spec        TaskMarketSpec
	Terms       TaskMarketTerms
	Submitter   common.Address
	Solver      common.Address
	Reward      *big.Int
	Status      uint8
	CommitBy    uint64
	WindowEnd   uint64
	Disputes    uint32
	KernelEpoch uint16
	CommitBlock uint64
	TraceRoot   [32]byte
	FinalRoot   [32]byte
	Seed        [32]byte
}

// TaskMarketTerms is an auto generated low-level Go binding around an user-defined struct.
type TaskMarketTerms struct {
	SolverStake     *big.Int
	ChallengerBond  *big.Int
	ClaimBy         uint64
	CommitWindow    uint64
	ChallengeWindow uint64
	GameClock       uint64
}

// TaskMarketMetaData contains all meta data concerning the TaskMarket contract.
var TaskMarketMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractPinpointGame\",\"name\":\"game_\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"unbondingDelay_\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"treasury_\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"winnerShareBps_\",\"type\":\"uint16\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AlreadyAttested\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"lastBlock\",\"type\":\"uint64\"}],\"name\":\"AttestExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"max\",\"type\":\"uint32\"}],\"name\":\"AttestersFull\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadChunks\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadConfig\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadProof\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadReveal\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadSecret\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadTask\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaves\",\"type\":\"uint256\"}],\"name\":\"BadTrace\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"answerBy\",\"type\":\"uint64\"}],\"name\":\"ChunksPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"lastBlock\",\"type\":\"uint64\"}],\"name\":\"ClaimHashExpired\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"GamePending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"InfoTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"have\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"InsufficientFree\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LazyAttestation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoAudit\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoChunkRequest\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"game\",\"type\":\"uint256\"}],\"name\":\"NoDispute\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoSeed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotSolver\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotSubmitter\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pathLength\",\"type\":\"uint256\"}],\"name\":\"ProofIndexTooLarge\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"Reentrant\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SecretAlreadyRevealed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SecretNotRevealed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SeedDrawn\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"lastBlock\",\"type\":\"uint64\"}],\"name\":\"SeedExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"atBlock\",\"type\":\"uint64\"}],\"name\":\"SeedNotReady\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SelfChallenge\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SolverCannotAttest\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"releaseAt\",\"type\":\"uint64\"}],\"name\":\"StillUnbonding\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumTaskMarket.Term\",\"name\":\"term\",\"type\":\"uint8\"}],\"name\":\"TermOutOfBounds\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"when\",\"type\":\"uint64\"}],\"name\":\"TooEarly\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"TooLate\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"VoidAttestation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumTaskMarketAttState\",\"name\":\"have\",\"type\":\"uint8\"}],\"name\":\"WrongAttestation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumTaskMarketStatus\",\"name\":\"have\",\"type\":\"uint8\"}],\"name\":\"WrongStatus\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"info\",\"type\":\"bytes\"}],\"name\":\"Announced\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"joinBlock\",\"type\":\"uint64\"}],\"name\":\"AttestJoined\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"attestEnd\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"revealEnd\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"secretEnd\",\"type\":\"uint64\"}],\"name\":\"AttestPhase\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"enumTaskMarketOutcome\",\"name\":\"outcome\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"}],\"name\":\"AttestationClosed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"game\",\"type\":\"uint256\"}],\"name\":\"AttestationDisputed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"segment\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"endHash\",\"type\":\"bytes32\"}],\"name\":\"AttestationRevealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"game\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"attesterWon\",\"type\":\"bool\"}],\"name\":\"AttestationSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"segment\",\"type\":\"uint64\"}],\"name\":\"Attested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"segment\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"game\",\"type\":\"uint256\"}],\"name\":\"Challenged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64[]\",\"name\":\"chunks\",\"type\":\"uint64[]\"},{\"indexed\":false,\"internalType\":\"bytes32[]\",\"name\":\"leaves\",\"type\":\"bytes32[]\"}],\"name\":\"ChunksAnswered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64[]\",\"name\":\"chunks\",\"type\":\"uint64[]\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"answerBy\",\"type\":\"uint64\"}],\"name\":\"ChunksRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Credited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Deposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"game\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"solverWon\",\"type\":\"bool\"}],\"name\":\"DisputeSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"JackpotFunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Locked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"forced\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"segment\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"finders\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"jackpotShare\",\"type\":\"uint256\"}],\"name\":\"SecretRevealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fromBlock\",\"type\":\"uint256\"}],\"name\":\"SeedDrawnEvent\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"winner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"toTreasury\",\"type\":\"uint256\"}],\"name\":\"Slashed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"commitBy\",\"type\":\"uint64\"}],\"name\":\"TaskClaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"enumTaskMarketStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"TaskFinalized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"}],\"name\":\"TaskPosted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"finalRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"windowEnd\",\"type\":\"uint64\"}],\"name\":\"TraceCommitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32[]\",\"name\":\"leaves\",\"type\":\"bytes32[]\"}],\"name\":\"TraceLeaves\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Unlocked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"releaseAt\",\"type\":\"uint64\"}],\"name\":\"WithdrawalRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"ATTEST_BOUNTY_BPS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_CHECKPOINTS\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_CHUNKS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_INFO\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_INTERVAL\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_NODES\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_STATE_DEPTH\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_STEPS\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_WINDOW\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MIN_WINDOW\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"POOL_DRAW_BPS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SEED_DELAY\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SEED_WINDOW\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"info\",\"type\":\"bytes\"}],\"name\":\"announce\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64[]\",\"name\":\"chunks\",\"type\":\"uint64[]\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"headerHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"dataPath\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"statePath\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes\",\"name\":\"header\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structTaskMarketChunkOpening[]\",\"name\":\"o\",\"type\":\"tuple[]\"}],\"name\":\"answerChunks\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"assignment\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"name\":\"attest\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"}],\"name\":\"attestSegment\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"auditModule\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"cancelTask\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"segment\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"startProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"endProof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structTaskMarketChallenge\",\"name\":\"c\",\"type\":\"tuple\"}],\"name\":\"challenge\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"chunkRequest\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"wanted\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"answerBy\",\"type\":\"uint64\"}],\"internalType\":\"structTaskMarketChunkRequest\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"secretHash\",\"type\":\"bytes32\"}],\"name\":\"claimTask\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"closeAttestation\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"leaves\",\"type\":\"bytes32[]\"}],\"name\":\"commitTrace\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"secret\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"decoyMask\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deployBlock\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"segment\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"startProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"endProof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structTaskMarketChallenge\",\"name\":\"c\",\"type\":\"tuple\"}],\"name\":\"disputeAttestation\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"disputeOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"segment\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"task\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"drawSeed\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"finalize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"fixClaimHash\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"secret\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"claimHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"n\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"bps\",\"type\":\"uint16\"}],\"name\":\"forcedError\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"forced\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"f\",\"type\":\"uint64\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"free\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"game\",\"outputs\":[{\"internalType\":\"contractPinpointGame\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"}],\"name\":\"getAttestation\",\"outputs\":[{\"components\":[{\"internalType\":\"enumTaskMarketAttState\",\"name\":\"state\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"segment\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"joinBlock\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"endHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"disputes\",\"type\":\"uint32\"}],\"internalType\":\"structTaskMarketAttestation\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"getAudit\",\"outputs\":[{\"components\":[{\"components\":[{\"internalType\":\"uint16\",\"name\":\"forcedErrorBps\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"attestWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"revealWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"attestStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"jackpotFee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"jackpot\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"attestFee\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"maxAttesters\",\"type\":\"uint32\"}],\"internalType\":\"structTaskMarketAudit\",\"name\":\"audit\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"secretHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"claimHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"claimBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"attestEnd\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"revealEnd\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"secretEnd\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"secretRevealed\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"forced\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"solverLost\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"forcedSegment\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"challengedSegment\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"decoy\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"trueLeaf\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"attesters\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"finders\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"jackpotShare\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"jackpotHeld\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"feesHeld\",\"type\":\"uint256\"}],\"internalType\":\"structTaskMarketAuditState\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"getTask\",\"outputs\":[{\"components\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"specHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"nodesRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateMapRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"initRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"steps\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"interval\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"numNodes\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"stateDepth\",\"type\":\"uint8\"}],\"internalType\":\"structTaskMarketSpec\",\"name\":\"spec\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"solverStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"challengerBond\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"claimBy\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"commitWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"challengeWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"gameClock\",\"type\":\"uint64\"}],\"internalType\":\"structTaskMarketTerms\",\"name\":\"terms\",\"type\":\"tuple\"},{\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"},{\"internalType\":\"enumTaskMarketStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"commitBy\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"windowEnd\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"disputes\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"kernelEpoch\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"commitBlock\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"finalRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"}],\"internalType\":\"structTaskMarketTask\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"joinAttestation\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"locked\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"numCheckpoints\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"specHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"nodesRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateMapRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"initRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"steps\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"interval\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"numNodes\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"stateDepth\",\"type\":\"uint8\"}],\"internalType\":\"structTaskMarketSpec\",\"name\":\"spec\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"solverStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"challengerBond\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"claimBy\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"commitWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"challengeWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"gameClock\",\"type\":\"uint64\"}],\"internalType\":\"structTaskMarketTerms\",\"name\":\"terms\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint16\",\"name\":\"forcedErrorBps\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"attestWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"revealWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"attestStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"jackpotFee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"jackpot\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"attestFee\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"maxAttesters\",\"type\":\"uint32\"}],\"internalType\":\"structTaskMarketAudit\",\"name\":\"audit\",\"type\":\"tuple\"}],\"name\":\"postTask\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64[]\",\"name\":\"chunks\",\"type\":\"uint64[]\"}],\"name\":\"requestChunks\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"requestWithdrawal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"endHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"revealAttestation\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"secret\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"tensorIndex\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"headerHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"element\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"dataPath\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"statePath\",\"type\":\"bytes32[]\"}],\"internalType\":\"structTaskMarketDecoyOpening\",\"name\":\"o\",\"type\":\"tuple\"}],\"name\":\"revealSecret\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"settle\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"settleAttestation\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"taskCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalEscrow\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalFree\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalHeld\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalJackpot\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalLocked\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalUnbonding\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"treasury\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"unbonding\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"releaseAt\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unbondingDelay\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"winnerShareBps\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "TaskMarket",
	Bin: "0x6101606040526001600855348015610015575f5ffd5b50604051619980380380619980833981016040819052610034916101b6565b838383838282826001600160a01b038216158061005657506127108161ffff16115b15610074576040516301f30c8760e21b815260040160405180910390fd5b6001600160401b039092166080526001600160a01b0390811660a05261ffff90911660c052841660e081905260408051630c6e60dd60e41b8152905163c6e60dd0916004808201926020929091908290030181865afa1580156100d9573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906100fd9190610223565b6001600160a01b03166101005250506040518692508591508490849061012290610192565b6001600160a01b0394851681526001600160401b0390931660208401529216604082015261ffff9091166060820152608001604051809103905ff08015801561016d573d5f5f3e3d5ffd5b506001600160a01b0316610120525050506001600160401b0343166101405250610245565b6144c1806154bf83390190565b6001600160a01b03811681146101b3575f5ffd5b50565b5f5f5f5f608085870312156101c9575f5ffd5b84516101d48161019f565b60208601519094506001600160401b03811681146101f0575f5ffd5b60408601519093506102018161019f565b606086015190925061ffff81168114610218575f5ffd5b939692955090935050565b5f60208284031215610233575f5ffd5b815161023e8161019f565b9392505050565b60805160a05160c05160e0516101005161012051610140516151ff6102c05f395f610b4001525f81816108ef015261300e01525f611edc01525f8181610ca101528181611b390152613a7601525f8181610b920152612e6a01525f818161094e0152612ee701525f8181610dc8015261233801526151ff5ff3fe608060405260043610610392575f3560e01c806387679f8e116101de578063c3fe3e2811610108578063db7dd35a1161009d578063f55121641161006d578063f551216414610e2d578063f5b0216114610e4c578063fede611414610e6b578063ffc48e7714610e81575f5ffd5b8063db7dd35a14610db7578063deb9663414610dea578063f367d5cc14610e01578063f43cc77314610e19575f5ffd5b8063cbf9fe5f116100d8578063cbf9fe5f14610d0d578063cd5e6ff214610d38578063ced4cd2e14610d57578063d0e30db014610daf575f5ffd5b8063c3fe3e2814610c90578063c60e34e314610cc3578063c89e9d4a14610880578063c9b5bb1714610ce2575f5ffd5b8063a1b49bdc1161017e578063ac9380d61161014e578063ac9380d614610b81578063b1eb0fb714610bc7578063b216706c14610c5c578063b6cb58a514610c7b575f5ffd5b8063a1b49bdc14610adc578063a3d8984414610b1a578063a3ec191a14610b2f578063a5394c0a14610b62575f5ffd5b806395d92006116101b957806395d9200614610a655780639a9c29f614610a785780639c3e603114610a975780639ee679e814610abd575f5ffd5b806387679f8e14610a015780638dbdcb6d14610a205780638f16e1cd14610a3a575f5ffd5b80634a1d0eed116102bf5780635e4a83a61161025f57806370c04d801161022f57806370c04d801461098f5780637dbded0d146109a95780637eec20a8146109c8578063833b15ca146109e7575f5ffd5b80635e4a83a6146108de5780635ed253461461092957806361d027b31461093d578063635154c714610970575f5ffd5b806352d63ff41161029a57806352d63ff4146108805780635689141214610895578063588fcfd8146108aa5780635abf0f19146108bf575f5ffd5b80634a1d0eed14610838578063505897931461084d57806352b65c4b1461086c575f5ffd5b80631d6698bb11610335578063333e44e611610305578063333e44e6146107db578063350fd0be146107f05780633ccfd60b146108055780634029c43814610819575f5ffd5b80631d6698bb1461076657806323d9f2bb146107935780632ef3dbf5146107b257806331335691146107c6575f5ffd5b806317bf37a31161037057806317bf37a31461046b57806317e85926146106ee5780631af7453d1461070d5780631d65e77e1461073a575f5ffd5b806305261aea1461039657806314d3d41b146103b757806317131dc71461043f575b5f5ffd5b3480156103a1575f5ffd5b506103b56103b03660046141a2565b610ea0565b005b3480156103c2575f5ffd5b506104166103d13660046141a2565b604080518082019091525f8082526020820152505f908152600e6020908152604091829020825180840190935280548352600101546001600160401b03169082015290565b60408051825181526020928301516001600160401b031692810192909252015b60405180910390f35b34801561044a575f5ffd5b5061045e6104593660046141cf565b6112c3565b6040516104369190614221565b348015610476575f5ffd5b506106e16104853660046141a2565b60408051610360810182525f610260820181815261028083018290526102a083018290526102c083018290526102e08301829052610300830182905261032083018290526103408301829052825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810182905261012081018290526101408101829052610160810182905261018081018290526101a081018290526101c081018290526101e0810182905261020081018290526102208101829052610240810191909152505f908152600b6020818152604092839020835161036081018552815461ffff811661026083019081526001600160401b03620100008084048216610280860152600160501b90930481166102a085015260018501546102c085015260028501546102e085015260038501546103008501526004850154610320850152600585015463ffffffff90811661034086015291845260068501549584019590955260078401549683019690965260088301548085166060840152600160401b810485166080840152600160801b8104851660a0840152600160c01b9004841660c0830152600983015460ff808216151560e085015261010080830482161515908501529181049091161515610120830152630100000081048416610140830152600160581b9004909216610160830152600a810154610180830152918201546101a0820152600c8201548084166101c083015264010000000090049092166101e0830152600d810154610200830152600e810154610220830152600f015461024082015290565b60405161043691906142f0565b3480156106f9575f5ffd5b506103b5610708366004614437565b61139a565b348015610718575f5ffd5b5061072c61072736600461446d565b6113a6565b604051908152602001610436565b348015610745575f5ffd5b506107596107543660046141a2565b6113b6565b604051610436919061454f565b348015610771575f5ffd5b5061077b611fff81565b6040516001600160401b039091168152602001610436565b34801561079e575f5ffd5b506103b56107ad3660046146c4565b611674565b3480156107bd575f5ffd5b5061077b600481565b3480156107d1575f5ffd5b5061072c61100081565b3480156107e6575f5ffd5b5061072c60035481565b3480156107fb575f5ffd5b5061072c60055481565b348015610810575f5ffd5b506103b5611681565b348015610824575f5ffd5b506103b561083336600461471b565b6117dd565b348015610843575f5ffd5b5061072c60075481565b348015610858575f5ffd5b5061077b6108673660046141a2565b6117ec565b348015610877575f5ffd5b5061077b603c81565b34801561088b575f5ffd5b5061072c6103e881565b3480156108a0575f5ffd5b5061072c60045481565b3480156108b5575f5ffd5b5061077b61080081565b3480156108ca575f5ffd5b506103b56108d93660046141a2565b6117f6565b3480156108e9575f5ffd5b506109117f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610436565b348015610934575f5ffd5b5061072c601081565b348015610948575f5ffd5b506109117f000000000000000000000000000000000000000000000000000000000000000081565b34801561097b575f5ffd5b5061072c61098a366004614795565b6118e5565b34801561099a575f5ffd5b506103b56108333660046147d8565b3480156109b4575f5ffd5b5061077b6109c33660046141cf565b611cdd565b3480156109d3575f5ffd5b506103b56109e23660046141a2565b611ce8565b3480156109f2575f5ffd5b506103b56107ad36600461484f565b348015610a0c575f5ffd5b506103b5610a1b3660046141a2565b611d88565b348015610a2b575f5ffd5b506103b56107ad366004614878565b348015610a45575f5ffd5b50610a506210000081565b60405163ffffffff9091168152602001610436565b61072c610a733660046148ab565b611d93565b348015610a83575f5ffd5b506103b5610a92366004614437565b61202d565b348015610aa2575f5ffd5b50610aab601081565b60405160ff9091168152602001610436565b348015610ac8575f5ffd5b506103b5610ad73660046141a2565b6122e1565b348015610ae7575f5ffd5b50610afb610af6366004614925565b6123e0565b6040805192151583526001600160401b03909116602083015201610436565b348015610b25575f5ffd5b5061072c60065481565b348015610b3a575f5ffd5b5061077b7f000000000000000000000000000000000000000000000000000000000000000081565b348015610b6d575f5ffd5b506103b5610b7c366004614977565b6123fe565b348015610b8c575f5ffd5b50610bb47f000000000000000000000000000000000000000000000000000000000000000081565b60405161ffff9091168152602001610436565b348015610bd2575f5ffd5b50610c22610be13660046141a2565b600f6020525f9081526040902080546001909101546001600160a01b03808316926001600160401b03600160a01b9182900481169392831692919091041684565b604080516001600160a01b0395861681526001600160401b0394851660208201529490921691840191909152166060820152608001610436565b348015610c67575f5ffd5b506103b5610c763660046149cc565b61240c565b348015610c86575f5ffd5b5061072c60095481565b348015610c9b575f5ffd5b506109117f000000000000000000000000000000000000000000000000000000000000000081565b348015610cce575f5ffd5b506103b5610cdd366004614437565b61246d565b348015610ced575f5ffd5b5061072c610cfc366004614a38565b5f6020819052908152604090205481565b348015610d18575f5ffd5b5061072c610d27366004614a38565b60016020525f908152604090205481565b348015610d43575f5ffd5b5061077b610d523660046141cf565b6125df565b348015610d62575f5ffd5b50610d92610d71366004614a38565b60026020525f9081526040902080546001909101546001600160401b031682565b604080519283526001600160401b03909116602083015201610436565b6103b5612675565b348015610dc2575f5ffd5b5061077b7f000000000000000000000000000000000000000000000000000000000000000081565b348015610df5575f5ffd5b5061077b6301e1338081565b348015610e0c575f5ffd5b5061077b64010000000081565b348015610e24575f5ffd5b5061072c612707565b348015610e38575f5ffd5b50610a50610e47366004614437565b612744565b348015610e57575f5ffd5b506103b5610e663660046141a2565b6127ab565b348015610e76575f5ffd5b5061077b6220000081565b348015610e8c575f5ffd5b506103b5610e9b3660046146c4565b612a30565b5f818152600a60209081526040808320600b9092528220600c8201549192909160ff16906002826007811115610ed857610ed86141f9565b5f878152600e6020526040902060010154911491506001600160401b03166003836007811115610f0a57610f0a6141f9565b148015610f1f57506001600160401b03811615155b15610f7057806001600160401b03164211610f5d5760405163d606d83f60e01b81526001600160401b03821660048201526024015b60405180910390fd5b610f678686612cb4565b600191506111fd565b6003836007811115610f8457610f846141f9565b148015610fa0575083546201000090046001600160401b031615155b8015610fb15750600984015460ff16155b1561105f57600f8501545f0361101457600c850154611fff90610fe690600490600160b81b90046001600160401b0316614a65565b610ff09190614a65565b431161100f57604051636a35b3b160e11b815260040160405180910390fd5b610f67565b6008840154600160c01b90046001600160401b03164211610f6757600884015460405163d606d83f60e01b8152600160c01b9091046001600160401b03166004820152602401610f54565b6003836007811115611073576110736141f9565b0361111257600c850154600160481b90046001600160401b03164210156110c457600c85015460405163d606d83f60e01b8152600160481b9091046001600160401b03166004820152602401610f54565b600c8501805460ff19166005179055600a85015460068601546110f0916001600160a01b031690612cef565b600a850154600b86015461110d916001600160a01b031690612db2565b6111fd565b6002836007811115611126576111266141f9565b0361117257600c85015461010090046001600160401b0316421161110d57600c85015460405163d606d83f60e01b81526101009091046001600160401b03166004820152602401610f54565b6001836007811115611186576111866141f9565b036111e25760088501546001600160401b031642116111c957600885015460405163d606d83f60e01b81526001600160401b039091166004820152602401610f54565b600c8501805460ff1916600717905561110d8585612dd3565b82604051630d64047360e21b8152600401610f549190614a78565b811561125757600c8501805460ff19166006908117909155600a86015490860154600987015461123a926001600160a01b03908116929116612e19565b6009850154600b860154611257916001600160a01b031690612db2565b600183600781111561126b5761126b6141f9565b1461127a5761127a8585612f97565b600c85015460405187917f0e9cb48757bd52e4ffd9f48c23c229bbe87f7ff9c8197d305db283fd2e5ddbe8916112b39160ff1690614a78565b60405180910390a2505050505050565b6040805160c080820183525f8083526020808401829052838501829052606084018290526080840182905260a08401829052868252600c81528482206001600160a01b038716835290528390208351918201909352825491929091829060ff166005811115611334576113346141f9565b6005811115611345576113456141f9565b815281546001600160401b03610100820481166020840152600160481b909104166040820152600182015460608201526002820154608082015260039091015463ffffffff1660a09091015290505b92915050565b6113a261300c565b5050565b5f6113af61300c565b9392505050565b6114a1604080516102e081019091525f6101c082018181526101e08301829052610200830182905261022083018290526102408301829052610260830182905261028083018290526102a083018290526102c0830191909152819081526040805160c0810182525f8082526020828101829052928201819052606082018190526080820181905260a082015291019081525f60208201819052604082018190526060820181905260809091019081525f6020820181905260408201819052606082018190526080820181905260a0820181905260c0820181905260e082018190526101009091015290565b5f828152600a602081815260409283902083516102e08101855281546101c0820190815260018301546101e083015260028301546102008301526003830154610220830152600483015461024083015260058301546001600160401b03808216610260850152600160401b8083048216610280860152600160801b80840463ffffffff166102a0870152600160a01b90930460ff9081166102c0870152938552885160c081018a5260068701548152600780880154828a01526008880154808516838d015292830484166060808401919091529483048416608080840191909152600160c01b90930490931660a0808301919091529786015260098601546001600160a01b03908116998601999099529685015490971690830152600b83015494820194909452600c820154909491939285019216908111156115e6576115e66141f9565b60078111156115f7576115f76141f9565b8152600c8201546001600160401b0361010080830482166020850152600160481b83048216604085015263ffffffff600160881b840416606085015261ffff600160a81b8404166080850152600160b81b9092041660a0830152600d83015460c0830152600e83015460e0830152600f9092015491015292915050565b61167c61300c565b505050565b6008546001146116a45760405163769dd35360e11b815260040160405180910390fd5b60026008819055335f90815260209190915260408120805490918190036116de57604051630686827b60e51b815260040160405180910390fd5b60018201546001600160401b031642101561171d57600182015460405163be8a527b60e01b81526001600160401b039091166004820152602401610f54565b5f80835560058054839290611733908490614a86565b909155505060405181815233907f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d59060200160405180910390a26040515f90339083908381818185875af1925050503d805f81146117ac576040519150601f19603f3d011682016040523d82523d5f602084013e6117b1565b606091505b50509050806117d3576040516312171d8360e31b815260040160405180910390fd5b5050600160085550565b6117e561300c565b5050505050565b5f6113948261304a565b5f818152600b60205260408120600881015490916001600160401b039091169003611834576040516316a519cf60e31b815260040160405180910390fd5b600781015415611842575050565b60088101545f9061185e906004906001600160401b0316614a65565b905080431161189757611872816001614a65565b6040516302c32a2d60e01b81526001600160401b039091166004820152602401610f54565b6101006118a48243614a86565b11156118db576118b681610100614a65565b604051630404d14760e31b81526001600160401b039091166004820152602401610f54565b4060079091015550565b5f828152600a602052604081206003600c82015460ff16600781111561190d5761190d6141f9565b1415801561193457506004600c82015460ff166007811115611931576119316141f9565b14155b1561195b57600c810154604051630d64047360e21b8152610f549160ff1690600401614a78565b600a8101546001600160a01b031633036119885760405163706cd38160e01b815260040160405180910390fd5b5f848152600b60205260409020546201000090046001600160401b0316158015906119c457505f848152600b602052604090206009015460ff16155b156119e257604051630bb55aad60e41b815260040160405180910390fd5b600c810154600160481b90046001600160401b03164210611a2d57600c8101546040516326b39d0360e11b8152600160481b9091046001600160401b03166004820152602401610f54565b611a38848285613078565b611a456040840184614a99565b9050611a546080850185614a99565b905014611a7457604051637ca55c7760e01b815260040160405180910390fd5b600d810154611ab46060850135611a8e6020870187614ade565b611aa2906001600160401b03166001614a65565b611aaf6080880188614a99565b613148565b14611ad257604051637ca55c7760e01b815260040160405180910390fd5b611ae3338260060160010154613198565b600c81018054600160881b900463ffffffff16906011611b0283614af9565b82546101009290920a63ffffffff81810219909316919092169190910217905550600c8101805460ff19166004179055600a8101547f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0390811691630bdfdaff91611b8d91859116611b7e6020890189614ade565b88602001358960600135613221565b6040518263ffffffff1660e01b8152600401611ba99190614b1d565b6020604051808303815f875af1158015611bc5573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611be99190614c20565b9150611c858483611bfd6020870187614ade565b604080516080810182523381526001600160401b0392831660208083019182525f83850181815297861660608501908152968152600f909152929092209051815492518416600160a01b9081026001600160e01b03199485166001600160a01b0393841617178355955160019092018054955190941690950293909116931692909217179055565b33847fcb4b8225c38c94710fe444a319f5396178a9da159dccf38a4b831fa1b8a5348b611cb56020870187614ade565b604080516001600160401b039092168252602082018790520160405180910390a35092915050565b5f6113af838361336e565b5f611cf482600161348f565b60098101549091506001600160a01b03163314611d24576040516331511a2160e21b815260040160405180910390fd5b600c8101805460ff191660071790555f828152600b60205260409020611d4b908290612dd3565b817f0e9cb48757bd52e4ffd9f48c23c229bbe87f7ff9c8197d305db283fd2e5ddbe86007604051611d7c9190614a78565b60405180910390a25050565b611d9061300c565b50565b5f611d9f8484846134ee565b611daf60e0850160c08601614ade565b611dbf60c0860160a08701614ade565b611dc99190614c4b565b6001600160401b0316151580611dde57508235155b80611deb57506020830135155b80611dfc5750611dfa8261385f565b155b15611e1a57604051631a4878ed60e21b815260040160405180910390fd5b5f611e2c610100840160e08501614c89565b611e409063ffffffff1660c0850135614ca4565b90505f611e51826080860135614a65565b9050803411611e7357604051631a4878ed60e21b815260040160405180910390fd5b60095f8154611e8190614cbb565b91829055505f818152600a602052604090209093508681611ea28282614d05565b5086905060068201611eb48282614df9565b50506009810180546001600160a01b031916331790556040805163900cf0cf60e01b815290517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169163900cf0cf9160048083019260209291908290030181865afa158015611f2d573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611f519190614ecf565b600c8201805461ffff92909216600160a81b0261ffff60a81b19909216919091179055611f7e8234614a86565b600b820155600c8101805460ff19166001179055611fa26040860160208701614ade565b6001600160401b031615611fd2575f848152600b602052604090208581611fc98282614eea565b5050600f018390555b611fdb3461398a565b336001600160a01b0316847f33f4af5c11d435f2d84cdbecf888cfe4d02d49024a90a6bf441b9ec7cddd389383600b015460405161201b91815260200190565b60405180910390a35050509392505050565b5f828152600a60205260408120906006600c83015460ff166007811115612056576120566141f9565b1490505f5f5f61206887875f876139a3565b600c880180549396509194509250600160881b90910463ffffffff1690601161209083614fc7565b91906101000a81548163ffffffff021916908363ffffffff16021790555050600160028111156120c2576120c26141f9565b8160028111156120d4576120d46141f9565b0361216e576007850154600a8601546120f79185916001600160a01b0316612e19565b831580156121145750600c850154600160881b900463ffffffff16155b1561212957600c8501805460ff191660031790555b604080518781526001602082015288917fd4390d9b1eae30d53d6e598d7eba50e60f3ea18310ca83e7919e3df177bb05ca91015b60405180910390a250505050505050565b61217f838660060160010154612cef565b604080518781525f602082015288917fd4390d9b1eae30d53d6e598d7eba50e60f3ea18310ca83e7919e3df177bb05ca910160405180910390a283156121c85750505050505050565b600a85015460068601546121e6916001600160a01b03169085612e19565b600c8501805460ff191660061790555f878152600e60205260409020600101546001600160401b03161561221e5761221e8786612cb4565b6009850154600b86015461223b916001600160a01b031690612db2565b5f878152600b6020526040902080546201000090046001600160401b03161561229e576009810180546001600160401b038516600160581b0272ffffffffffffffff0000000000000000ff000019909116176201000017905561229e8682612f97565b877f0e9cb48757bd52e4ffd9f48c23c229bbe87f7ff9c8197d305db283fd2e5ddbe860066040516122cf9190614a78565b60405180910390a25050505050505050565b805f0361230157604051631f2a200560e01b815260040160405180910390fd5b61230b3382613b63565b335f90815260026020526040812080549091839183919061232d908490614a65565b9091555061235d90507f000000000000000000000000000000000000000000000000000000000000000042614fe5565b816001015f6101000a8154816001600160401b0302191690836001600160401b031602179055508160055f8282546123959190614a65565b90915550506001810154604080518481526001600160401b03909216602083015233917fbf6730b5b5d9fd45cdb42f69910317da629fd6e12b3ab41aa1708cd916385dfc9101611d7c565b5f5f6123ef8787878787613be7565b915091505b9550959350505050565b61240661300c565b50505050565b61100081111561243257604051636a2391f360e01b815260048101829052602401610f54565b336001600160a01b03167fec9a425858ffeca7fc39ad4c59c2e319844d66db9301bfcc3ecc875aa0222fde8383604051611d7c929190615004565b5f61247983600161348f565b60088101549091506001600160401b03164211156124bb5760088101546040516326b39d0360e11b81526001600160401b039091166004820152602401610f54565b6124cb33826006015f0154613198565b600a810180546001600160a01b03191633179055600c81018054600260ff19909116179055600881015461250f90600160401b90046001600160401b031642614fe5565b600c8201805468ffffffffffffffff0019166101006001600160401b03938416021790555f848152600b602052604090208054909162010000909104161561258e576006810183905560088101805467ffffffffffffffff1916436001600160401b031617905560028101541561258e57600281015461258e90613c7a565b600c8201546040516101009091046001600160401b03168152339085907f6be644a86012e6646e6c5966df8cf83b4260d034ec9ad6f1e946bb7c818c0687906020015b60405180910390a350505050565b5f828152600a60205260408120600f810154820361261057604051636a35b3b160e11b815260040160405180910390fd5b612619846117ec565b6001600160401b031681600f01548460405160200161264b9291909182526001600160a01b0316602082015260400190565b604051602081830303815290604052805190602001205f1c61266d9190615032565b949350505050565b345f0361269557604051631f2a200560e01b815260040160405180910390fd5b335f90815260208190526040812080543492906126b3908490614a65565b925050819055503460035f8282546126cb9190614a65565b909155505060405134815233907f2da466a7b24304f47e87fa2e1e5a81b9831ce54fec19055ce277ca2f39ba42c49060200160405180910390a2565b5f6007546006546005546004546003546127219190614a65565b61272b9190614a65565b6127359190614a65565b61273f9190614a65565b905090565b6040805160606020808301829052601560808401527476657269747261696e2e666f726365642e6d61736b60581b60a0808501919091528385018790529183018590528351808403909201825260c090920190925281519101205f9060ff166001176113af565b5f818152600a60205260408120600c8101549091600160b81b9091046001600160401b031690036127f857600c810154604051630d64047360e21b8152610f549160ff1690600401614a78565b600f8101541561281b576040516350dcbf5560e11b815260040160405180910390fd5b600c8101545f9061283e90600490600160b81b90046001600160401b0316614a65565b905080431161285257611872816001614a65565b5f61285c82613cde565b90505f81900361289757612872611fff83614a65565b6040516307da5fe760e21b81526001600160401b039091166004820152602401610f54565b600f8301819055604080518281526020810184905285917f114b760dd38ed0828bbdc5dbfe4d5b474ac0e3df57c59a143e0408131f1b5168910160405180910390a25f848152600b6020526040902080546201000090046001600160401b0316156117e5578054612917906201000090046001600160401b031642614fe5565b60088201805467ffffffffffffffff60401b1916600160401b6001600160401b0393841681029190911791829055835461296093600160501b9091048116929190910416614fe5565b60088201805467ffffffffffffffff60801b1916600160801b6001600160401b039384168102919091179182905583546129a993600160501b9091048116929190910416614fe5565b6008820180546001600160c01b0316600160c01b6001600160401b039384168102919091179182905560408051600160401b840485168152600160801b840485166020820152919092049092169082015285907f1a129404a23be4221b5fee27668abbd6d51fcb4d26a3e801dfe4fb1472e229849060600160405180910390a25050505050565b5f612a3c84600261348f565b600a8101549091506001600160a01b03163314612a6c5760405163c139eabd60e01b815260040160405180910390fd5b600c81015461010090046001600160401b0316421115612ab457600c8101546040516326b39d0360e11b81526101009091046001600160401b03166004820152602401610f54565b5f612abe856117ec565b9050612ad46001600160401b0382166001614a65565b83141580612afc5750600482015484845f81612af257612af2615045565b9050602002013514155b15612b1d5760405163f2a6433360e01b815260048101849052602401610f54565b5f612b288585613dc2565b90505f8585846001600160401b0316818110612b4657612b46615045565b600d87018590556020029190910135600e8601819055600c860180546001600160401b034316600160b81b0267ffffffffffffffff60b81b1982168117835592945060039350909160ff191660ff67ffffffffffffffff60b81b01199091161760018302179055505f878152600b60205260409020546201000090046001600160401b031615612bde57612bd9876117f6565b612c26565b6008840154612bfd90600160801b90046001600160401b031642614fe5565b84600c0160096101000a8154816001600160401b0302191690836001600160401b031602179055505b867fcd7f8f15768f3f401b6e210d5a09785c5c60a42552c7b8cd47cf55e95b88fdc88787604051612c58929190615059565b60405180910390a2600c8401546040805184815260208101849052600160481b9092046001600160401b03169082015287907f4880cf4e473569797eedc06beb957c5cfcf025eb27a34ae02137ac6c74cf38a09060600161215d565b5f828152600e60205260408120908155600101805467ffffffffffffffff19169055600981015460078201546113a2916001600160a01b0316905b6001600160a01b0382165f9081526001602052604081208054839290612d16908490614a86565b925050819055508060045f828254612d2e9190614a86565b90915550506001600160a01b0382165f9081526020819052604081208054839290612d5a908490614a65565b925050819055508060035f828254612d729190614a65565b90915550506040518181526001600160a01b038316907f0f0bc5b519ddefdd8e5f9e6423433aa2b869738de2ae34d58ebc796fc749fa0d90602001611d7c565b8060065f828254612dc39190614a86565b909155506113a290508282613f4f565b600f8101546002820154600b8401545f9291612dee91614a65565b612df89190614a65565b5f600f840155600984015490915061167c906001600160a01b031682612db2565b6001600160a01b0383165f9081526001602052604081208054849290612e40908490614a86565b925050819055508160045f828254612e589190614a86565b909155505f9050612710612e9061ffff7f00000000000000000000000000000000000000000000000000000000000000001685614ca4565b612e9a9190615090565b9050805f5f846001600160a01b03166001600160a01b031681526020019081526020015f205f828254612ecd9190614a65565b90915550612edd90508184614a86565b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000165f9081526020819052604081208054909190612f24908490614a65565b925050819055508260035f828254612f3c9190614a65565b90915550506001600160a01b038083169085167f83b5f75e441a9db2d1054d5ef2c5e3c4aac434fbb76c29fc9b11bac21d6400358584612f7c8183614a86565b604080519384526020840192909252908201526060016125d1565b60048101545f03612fa6575050565b600c81015460058201545f91612fc59163ffffffff91821691166150a3565b6004830154612fda9163ffffffff1690614ca4565b90508082600f015f828254612fef9190614a86565b9091555050600983015461167c906001600160a01b031682612db2565b7f0000000000000000000000000000000000000000000000000000000000000000365f80375f5f365f845af43d5f5f3e80613045573d5ffd5b503d5ff35b5f818152600a6020526040812060058101546113af906001600160401b03600160401b8204811691166150bf565b5f6130828461304a565b90506001600160401b03811661309b6020840184614ade565b6001600160401b03161015806130dd57506130c86130c36001600160401b0383166001614a65565b613fce565b60ff166130d86040840184614a99565b905014155b156130fb57604051637ca55c7760e01b815260040160405180910390fd5b600d83015461312a602084018035906131149086614ade565b6001600160401b0316611aaf6040870187614a99565b1461240657604051637ca55c7760e01b815260040160405180910390fd5b5f6101008210801561315b575083821c15155b156131835760405163177e5bcb60e01b81526004810185905260248101839052604401610f54565b61318f85858585613ff6565b95945050505050565b6131a28282613b63565b6001600160a01b0382165f90815260016020526040812080548392906131c9908490614a65565b925050819055508060045f8282546131e19190614a65565b90915550506040518181526001600160a01b038316907f9f1ec8c880f76798e7b793325d625e9b60e4082a553c98f42b6cda368dd6000890602001611d7c565b604080516101a0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e081018290526101008101829052610120810182905261014081018290526101608101829052610180810191909152604080516101a0810182526001600160a01b0387168152600c880154600160a81b900461ffff16602082015233918101919091526001870154606082015260028701546080820152600387015460a082015260c0810184905260e08101839052600587015461010082019061330e90600160401b90046001600160401b0316876150ec565b6001600160401b0390811682526005890154600160401b81048216602084015263ffffffff600160801b820416604084015260ff600160a01b9091041660608301526008890154600160c01b900416608090910152905095945050505050565b5f828152600c602090815260408083206001600160a01b0385168452909152812081815460ff1660058111156133a6576133a66141f9565b036133ca578054604051635c4ff07d60e01b8152610f549160ff169060040161510e565b6001815460ff1660058111156133e2576133e26141f9565b146133fd575461010090046001600160401b03169050611394565b80545f906134259061342090600160481b90046001600160401b03166001614a65565b61409c565b5090506134318561304a565b5f868152600a6020908152604091829020600f01548251808301919091526001600160a01b038816818401526060808201869052835180830390910181526080909101909252815191012061318f916001600160401b031690615032565b5f828152600a602052604090208160078111156134ae576134ae6141f9565b600c82015460ff1660078111156134c7576134c76141f9565b1461139457600c810154604051630d64047360e21b8152610f549160ff1690600401614a78565b6134fe60c0840160a08501614ade565b6001600160401b0316158061352f575064010000000061352460c0850160a08601614ade565b6001600160401b0316115b1561354f575f604051633fac402b60e01b8152600401610f54919061511c565b61355f60e0840160c08501614ade565b6001600160401b0316158061358e57506220000061358360e0850160c08601614ade565b6001600160401b0316115b156135af576001604051633fac402b60e01b8152600401610f54919061511c565b6108006135c260e0850160c08601614ade565b6135d260c0860160a08701614ade565b6135dc91906150bf565b6001600160401b03161115613607576002604051633fac402b60e01b8152600401610f54919061511c565b613618610100840160e08501614c89565b63ffffffff16158061364257506210000061363a610100850160e08601614c89565b63ffffffff16115b15613663576003604051633fac402b60e01b8152600401610f54919061511c565b61367561012084016101008501615136565b60ff1615806136985750601061369361012085016101008601615136565b60ff16115b156136b9576004604051633fac402b60e01b8152600401610f54919061511c565b426136ca6060840160408501614ade565b6001600160401b031611158061370657506301e13380426136f16060850160408601614ade565b6001600160401b03166137049190614a86565b115b15613727576005604051633fac402b60e01b8152600401610f54919061511c565b61374161373a6080840160608501614ade565b6006614106565b61375b61375460a0840160808501614ade565b6007614106565b61377561376e60c0840160a08501614ade565b6008614106565b6137856040820160208301614ade565b6001600160401b03161561167c576137ad6137a66040830160208401614ade565b6009614106565b6137c76137c06060830160408401614ade565b600a614106565b6127106137d76020830183615151565b61ffff161115801561383e57506001600160801b0360a0820135118061380757506001600160801b036080820135115b8061383e575061381d6080820135612710614ca4565b61382a6020830183615151565b61383c9061ffff1660a0840135614ca4565b115b1561167c57600b604051633fac402b60e01b8152600401610f54919061511c565b5f6138706040830160208401614ade565b6001600160401b03165f036139105761388c6020830183615151565b61ffff161580156138b357506138a86060830160408401614ade565b6001600160401b0316155b80156138c157506060820135155b80156138cf57506080820135155b80156138dd575060a0820135155b80156138eb575060c0820135155b80156113945750613903610100830160e08401614c89565b63ffffffff161592915050565b6139206060830160408401614ade565b6001600160401b03161580159061393a5750606082013515155b801561395857506127106139516020840184615151565b61ffff1611155b8015611394575060c08201351580611394575061397c610100830160e08401614c89565b63ffffffff16151592915050565b8060065f82825461399b9190614a65565b909155505050565b5f838152600f60209081526040808320815160808101835281546001600160a01b038082168084526001600160401b03600160a01b9384900481169785019790975260019094015490811694830194909452909204909216606082015282918291901580613a1e57508781606001516001600160401b031614155b80613a3f5750856001600160a01b031681604001516001600160a01b031614155b15613a605760405163a80d67dd60e01b815260048101889052602401610f54565b604051633c59405960e01b8152600481018890527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690633c59405990602401602060405180830381865afa158015613ac3573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190613ae7919061516c565b91505f826002811115613afc57613afc6141f9565b148015613b07575084155b15613b25576040516347ca30d160e11b815260040160405180910390fd5b5f968752600f6020908152604090972080546001600160e01b0319908116825560019091018054909116905580519601519597959650949350505050565b6001600160a01b0382165f9081526020819052604090205481811015613ba65760405163018ac91360e61b81526004810182905260248101839052604401610f54565b613bb08282614a86565b6001600160a01b0384165f9081526020819052604081209190915560038054849290613bdd908490614a86565b9091555050505050565b604080516020808201889052818301879052606080830187905283518084039091018152608090920190925280519101205f9081906001600160401b0385161580613c41575061ffff8416613c3e61271083615032565b10155b15613c52575f5f92509250506123f4565b6001613c6b6001600160401b038716608084901c615032565b92509250509550959350505050565b8060065f828254613c8b9190614a86565b925050819055508060075f828254613ca39190614a65565b90915550506040518181527f2076cd8bd7c147f4b7bb2b5e2dd0db46fb74246bc4c4e3ded824202bfff5ca579060200160405180910390a150565b5f814311613ced57505f919050565b610100613cfa8343614a86565b11613d0457504090565b5f5f71f90827f1c53a10cb7a02335b1753200029356001600160a01b031684604051602001613d3591815260200190565b60408051601f1981840301815290829052613d4f9161518a565b5f60405180830381855afa9150503d805f8114613d87576040519150601f19603f3d011682016040523d82523d5f602084013e613d8c565b606091505b5091509150818015613d9f575080516020145b15613dbb5780806020019051810190613db89190614c20565b92505b5050919050565b5f8181613dce82613fce565b60ff166001901b90505f816001600160401b03811115613df057613df06151a0565b604051908082528060200260200182016040528015613e19578160200160208202803683370190505b5090505f613e268161414a565b90505f5b83811015613e8557848110613e3f5781613e60565b613e60888883818110613e5457613e54615045565b9050602002013561414a565b838281518110613e7257613e72615045565b6020908102919091010152600101613e2a565b505b6001831115613f295760019290921c915f5b83811015613f2357613efe83613eb0836002614ca4565b81518110613ec057613ec0615045565b602002602001015184836002613ed69190614ca4565b613ee1906001614a65565b81518110613ef157613ef1615045565b6020026020010151614172565b838281518110613f1057613f10615045565b6020908102919091010152600101613e99565b50613e87565b815f81518110613f3b57613f3b615045565b602002602001015194505050505092915050565b6001600160a01b0382165f9081526020819052604081208054839290613f76908490614a65565b925050819055508060035f828254613f8e9190614a65565b90915550506040518181526001600160a01b038316907f9c9e0cdb1670e88302408e5b941dc636f63a3293204694bb68910fcf3d9305f390602001611d7c565b5f5b818160ff166001901b1015613ff15780613fe9816151b4565b915050613fd0565b919050565b5f6040515f815385600182015260205f60218360025afa61401e5763832d99055f526004601cfd5b5f519150838360051b8101600183535b80821015614091576001871680156140525782356001850152846021850152614060565b846001850152823560218501525b5060205f60418560025afa61407c5763832d99055f526004601cfd5b5f5193508660011c965060208201915061402e565b505050949350505050565b5f5f8243116140b057611872836001614a65565b6101006140bd8443614a86565b11156140ff57610100836140d2600143614a86565b6140dc9190614a86565b6140e69190615090565b6140f290610100614ca4565b6140fc9084614a65565b92505b5050804091565b603c6001600160401b038316108061412a57506301e133806001600160401b038316115b156113a25780604051633fac402b60e01b8152600401610f54919061511c565b5f6040515f815382600182015260205f60218360025afa614169575f5ffd5b50505f51919050565b5f6040516001815383600182015282602182015260205f60418360025afa614198575f5ffd5b50505f5192915050565b5f602082840312156141b2575f5ffd5b5035919050565b80356001600160a01b0381168114613ff1575f5ffd5b5f5f604083850312156141e0575f5ffd5b823591506141f0602084016141b9565b90509250929050565b634e487b7160e01b5f52602160045260245ffd5b6006811061421d5761421d6141f9565b9052565b5f60c08201905061423382845161420d565b6001600160401b0360208401511660208301526001600160401b036040840151166040830152606083015160608301526080830151608083015263ffffffff60a08401511660a083015292915050565b61ffff81511682526001600160401b0360208201511660208301526001600160401b036040820151166040830152606081015160608301526080810151608083015260a081015160a083015260c081015160c083015260e081015161167c60e084018263ffffffff169052565b5f61034082019050614303828451614283565b6020830151610100830152604083015161012083015260608301516001600160401b0381166101408401525060808301516001600160401b0381166101608401525060a08301516001600160401b0381166101808401525060c08301516001600160401b0381166101a08401525060e08301518015156101c0840152506101008301518015156101e084015250610120830151801515610200840152506101408301516001600160401b038116610220840152506101608301516001600160401b038116610240840152506101808301516102608301526101a08301516102808301526101c083015163ffffffff81166102a0840152506101e083015163ffffffff81166102c0840152506102008301516102e0830152610220830151610300830152610240909201516103209091015290565b5f5f60408385031215614448575f5ffd5b50508035926020909101359150565b5f60a08284031215614467575f5ffd5b50919050565b5f5f5f6060848603121561447f575f5ffd5b8335925061448f602085016141b9565b915060408401356001600160401b038111156144a9575f5ffd5b6144b586828701614457565b9150509250925092565b80518252602081015160208301526040810151604083015260608101516060830152608081015160808301526001600160401b0360a08201511660a08301526001600160401b0360c08201511660c083015260e081015161452860e084018263ffffffff169052565b5061010081015161167c61010084018260ff169052565b6008811061421d5761421d6141f9565b5f610360820190506145628284516144bf565b60208381015180516101208501529081015161014084015260408101516001600160401b0390811661016085015260608201518116610180850152608082015181166101a085015260a0820151166101c08401525060408301516001600160a01b0381166101e08401525060608301516001600160a01b03811661020084015250608083015161022083015260a083015161460161024084018261453f565b5060c08301516001600160401b0390811661026084015260e0840151811661028084015261010084015163ffffffff166102a084015261012084015161ffff166102c0840152610140840151166102e08301526101608301516103008301526101808301516103208301526101a0909201516103409091015290565b5f5f83601f84011261468d575f5ffd5b5081356001600160401b038111156146a3575f5ffd5b6020830191508360208260051b85010111156146bd575f5ffd5b9250929050565b5f5f5f604084860312156146d6575f5ffd5b8335925060208401356001600160401b038111156146f2575f5ffd5b6146fe8682870161467d565b9497909650939450505050565b5f60c08284031215614467575f5ffd5b5f5f5f5f5f6080868803121561472f575f5ffd5b853594506020860135935060408601356001600160401b03811115614752575f5ffd5b61475e8882890161467d565b90945092505060608601356001600160401b0381111561477c575f5ffd5b6147888882890161470b565b9150509295509295909350565b5f5f604083850312156147a6575f5ffd5b8235915060208301356001600160401b038111156147c2575f5ffd5b6147ce85828601614457565b9150509250929050565b5f5f5f5f5f606086880312156147ec575f5ffd5b8535945060208601356001600160401b03811115614808575f5ffd5b6148148882890161467d565b90955093505060408601356001600160401b03811115614832575f5ffd5b61483e8882890161467d565b969995985093965092949392505050565b5f5f5f60608486031215614861575f5ffd5b505081359360208301359350604090920135919050565b5f5f5f6060848603121561488a575f5ffd5b8335925061489a602085016141b9565b929592945050506040919091013590565b5f5f5f8385036102e08112156148bf575f5ffd5b6101208112156148cd575f5ffd5b8493506148de86610120870161470b565b92506101006101df19820112156148f3575f5ffd5b506101e0840190509250925092565b6001600160401b0381168114611d90575f5ffd5b61ffff81168114611d90575f5ffd5b5f5f5f5f5f60a08688031215614939575f5ffd5b853594506020860135935060408601359250606086013561495981614902565b9150608086013561496981614916565b809150509295509295909350565b5f5f5f5f6060858703121561498a575f5ffd5b8435935061499a602086016141b9565b925060408501356001600160401b038111156149b4575f5ffd5b6149c08782880161467d565b95989497509550505050565b5f5f602083850312156149dd575f5ffd5b82356001600160401b038111156149f2575f5ffd5b8301601f81018513614a02575f5ffd5b80356001600160401b03811115614a17575f5ffd5b856020828401011115614a28575f5ffd5b6020919091019590945092505050565b5f60208284031215614a48575f5ffd5b6113af826141b9565b634e487b7160e01b5f52601160045260245ffd5b8082018082111561139457611394614a51565b60208101611394828461453f565b8181038181111561139457611394614a51565b5f5f8335601e19843603018112614aae575f5ffd5b8301803591506001600160401b03821115614ac7575f5ffd5b6020019150600581901b36038213156146bd575f5ffd5b5f60208284031215614aee575f5ffd5b81356113af81614902565b5f63ffffffff821663ffffffff8103614b1457614b14614a51565b60010192915050565b81516001600160a01b031681526101a081016020830151614b44602084018261ffff169052565b506040830151614b5f60408401826001600160a01b03169052565b50606083015160608301526080830151608083015260a083015160a083015260c083015160c083015260e083015160e0830152610100830151614bae6101008401826001600160401b03169052565b50610120830151614bcb6101208401826001600160401b03169052565b50610140830151614be561014084018263ffffffff169052565b50610160830151614bfc61016084018260ff169052565b50610180830151614c196101808401826001600160401b03169052565b5092915050565b5f60208284031215614c30575f5ffd5b5051919050565b634e487b7160e01b5f52601260045260245ffd5b5f6001600160401b03831680614c6357614c63614c37565b806001600160401b0384160691505092915050565b63ffffffff81168114611d90575f5ffd5b5f60208284031215614c99575f5ffd5b81356113af81614c78565b808202811582820484141761139457611394614a51565b5f60018201614ccc57614ccc614a51565b5060010190565b5f813561139481614902565b5f813561139481614c78565b60ff81168114611d90575f5ffd5b5f813561139481614ceb565b8135815560208201356001820155604082013560028201556060820135600382015560808201356004820155600581015f60a0840135614d4481614902565b825467ffffffffffffffff19166001600160401b038216178355905050614d98614d7060c08501614cd3565b825467ffffffffffffffff60401b191660409190911b67ffffffffffffffff60401b16178255565b614dcb614da760e08501614cdf565b82805463ffffffff60801b191660809290921b63ffffffff60801b16919091179055565b61167c614ddb6101008501614cf9565b82805460ff60a01b191660a09290921b60ff60a01b16919091179055565b8135815560208201356001820155600281016040830135614e1981614902565b815467ffffffffffffffff19166001600160401b038216178255506060830135614e4281614902565b815467ffffffffffffffff60401b1916604082901b67ffffffffffffffff60401b16178255506080830135614e7681614902565b815467ffffffffffffffff60801b191660809190911b67ffffffffffffffff60801b161781555f60a0840135614eab81614902565b82546001600160c01b031660c09190911b6001600160c01b03191617909155505050565b5f60208284031215614edf575f5ffd5b81516113af81614916565b8135614ef581614916565b61ffff811661ffff1983541617825550614f3a614f1460208401614cd3565b825469ffffffffffffffff0000191660109190911b69ffffffffffffffff000016178255565b614f75614f4960408401614cd3565b82805467ffffffffffffffff60501b191660509290921b67ffffffffffffffff60501b16919091179055565b606082013560018201556080820135600282015560a0820135600382015560c082013560048201556113a2614fac60e08401614cdf565b6005830163ffffffff821663ffffffff198254161781555050565b5f63ffffffff821680614fdc57614fdc614a51565b5f190192915050565b6001600160401b03818116838216019081111561139457611394614a51565b60208152816020820152818360408301375f818301604090810191909152601f909201601f19160101919050565b5f8261504057615040614c37565b500690565b634e487b7160e01b5f52603260045260245ffd5b602080825281018290525f6001600160fb1b03831115615077575f5ffd5b8260051b80856040850137919091016040019392505050565b5f8261509e5761509e614c37565b500490565b63ffffffff828116828216039081111561139457611394614a51565b5f6001600160401b038316806150d7576150d7614c37565b806001600160401b0384160491505092915050565b6001600160401b038181168382160290811690818114614c1957614c19614a51565b60208101611394828461420d565b60208101600c8310615130576151306141f9565b91905290565b5f60208284031215615146575f5ffd5b81356113af81614ceb565b5f60208284031215615161575f5ffd5b81356113af81614916565b5f6020828403121561517c575f5ffd5b8151600381106113af575f5ffd5b5f82518060208501845e5f920191825250919050565b634e487b7160e01b5f52604160045260245ffd5b5f60ff821660ff8103614b1457614b14614a5156fea26469706673582212208f141c7b6b7c19d1a6cf0a99cf488b665c0cab883dffe7ccfbe4baf582c8b04f64736f6c634300082500336101206040526001600855348015610015575f5ffd5b506040516144c13803806144c18339810160408190526100349161012f565b838383838282826001600160a01b038216158061005657506127108161ffff16115b15610074576040516301f30c8760e21b815260040160405180910390fd5b6001600160401b039092166080526001600160a01b0390811660a05261ffff90911660c052841660e081905260408051630c6e60dd60e41b8152905163c6e60dd0916004808201926020929091908290030181865afa1580156100d9573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906100fd919061019c565b6001600160a01b031661010052506101be9650505050505050565b6001600160a01b038116811461012c575f5ffd5b50565b5f5f5f5f60808587031215610142575f5ffd5b845161014d81610118565b60208601519094506001600160401b0381168114610169575f5ffd5b604086015190935061017a81610118565b606086015190925061ffff81168114610191575f5ffd5b939692955090935050565b5f602082840312156101ac575f5ffd5b81516101b781610118565b9392505050565b60805160a05160c05160e051610100516142a661021b5f395f50505f818161055d01528181610a790152612f5d01525f818161046d015261309b01525f8181610353015261311801525f81816106460152611db101526142a65ff3fe6080604052600436106101db575f3560e01c806387679f8e116100fd578063c3fe3e2811610092578063ced4cd2e11610062578063ced4cd2e146105d5578063d0e30db01461062d578063db7dd35a14610635578063f43cc77314610668575f5ffd5b8063c3fe3e281461054c578063c89e9d4a14610304578063c9b5bb171461057f578063cbf9fe5f146105aa575f5ffd5b8063a5394c0a116100cd578063a5394c0a1461043d578063ac9380d61461045c578063b1eb0fb7146104a2578063b6cb58a514610537575f5ffd5b806387679f8e146103cb5780638dbdcb6d146103ea5780639ee679e814610409578063a3d8984414610428575f5ffd5b80634029c438116101735780635ed25346116101435780635ed253461461032e57806361d027b31461034257806370c04d801461038d578063833b15ca146103ac575f5ffd5b80634029c438146102d05780634a1d0eed146102ef57806352d63ff4146103045780635689141214610319575f5ffd5b80632ef3dbf5116101ae5780632ef3dbf51461027e578063333e44e614610292578063350fd0be146102a75780633ccfd60b146102bc575f5ffd5b806317e85926146101df5780631af7453d146102005780631d6698bb1461023257806323d9f2bb1461025f575b5f5ffd5b3480156101ea575f5ffd5b506101fe6101f9366004613a5f565b61067c565b005b34801561020b575f5ffd5b5061021f61021a366004613a95565b610827565b6040519081526020015b60405180910390f35b34801561023d575f5ffd5b50610247611fff81565b6040516001600160401b039091168152602001610229565b34801561026a575f5ffd5b506101fe610279366004613b34565b610c1f565b348015610289575f5ffd5b50610247600481565b34801561029d575f5ffd5b5061021f60035481565b3480156102b2575f5ffd5b5061021f60055481565b3480156102c7575f5ffd5b506101fe610ef3565b3480156102db575f5ffd5b506101fe6102ea366004613b7b565b61104f565b3480156102fa575f5ffd5b5061021f60075481565b34801561030f575f5ffd5b5061021f6103e881565b348015610324575f5ffd5b5061021f60045481565b348015610339575f5ffd5b5061021f601081565b34801561034d575f5ffd5b506103757f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610229565b348015610398575f5ffd5b506101fe6103a7366004613bfb565b611405565b3480156103b7575f5ffd5b506101fe6103c6366004613c72565b611679565b3480156103d6575f5ffd5b506101fe6103e5366004613c9b565b6118a2565b3480156103f5575f5ffd5b506101fe610404366004613cb2565b611aed565b348015610414575f5ffd5b506101fe610423366004613c9b565b611d5a565b348015610433575f5ffd5b5061021f60065481565b348015610448575f5ffd5b506101fe610457366004613ce5565b611e61565b348015610467575f5ffd5b5061048f7f000000000000000000000000000000000000000000000000000000000000000081565b60405161ffff9091168152602001610229565b3480156104ad575f5ffd5b506104fd6104bc366004613c9b565b600f6020525f9081526040902080546001909101546001600160a01b03808316926001600160401b03600160a01b9182900481169392831692919091041684565b604080516001600160a01b0395861681526001600160401b0394851660208201529490921691840191909152166060820152608001610229565b348015610542575f5ffd5b5061021f60095481565b348015610557575f5ffd5b506103757f000000000000000000000000000000000000000000000000000000000000000081565b34801561058a575f5ffd5b5061021f610599366004613d3a565b5f6020819052908152604090205481565b3480156105b5575f5ffd5b5061021f6105c4366004613d3a565b60016020525f908152604090205481565b3480156105e0575f5ffd5b506106106105ef366004613d3a565b60026020525f9081526040902080546001909101546001600160401b031682565b604080519283526001600160401b03909116602083015201610229565b6101fe61231b565b348015610640575f5ffd5b506102477f000000000000000000000000000000000000000000000000000000000000000081565b348015610673575f5ffd5b5061021f6123ad565b5f828152600b60209081526040808320600c83528184203385529092529091206001815460ff1660058111156106b4576106b4613d53565b146106e1578054604051635c4ff07d60e01b81526106d89160ff1690600401613d7a565b60405180910390fd5b6008820154600160401b90046001600160401b031642111561072d5760088201546040516326b39d0360e11b8152600160401b9091046001600160401b031660048201526024016106d8565b805461074a90600160481b90046001600160401b03166001613da1565b61075690610100613da1565b4311156107ab57805461077a90600160481b90046001600160401b03166001613db4565b61078690610100613db4565b60405163734e2b7960e01b81526001600160401b0390911660048201526024016106d8565b5f6107b685336123ea565b82546001600160401b038216610100810268ffffffffffffffffff1990921691909117600217845560018401869055604051908152909150339086907f53c31612a70c75ddf2fc6aeeda808da5cd6b69c2f80e2e19913f1bca26326725906020015b60405180910390a35050505050565b5f838152600a60209081526040808320600b90925282206009015460ff1661086257604051630bb55aad60e41b815260040160405180910390fd5b600c810154600160481b90046001600160401b031642106108ad57600c8101546040516326b39d0360e11b8152600160481b9091046001600160401b031660048201526024016106d8565b5f858152600c602090815260408083206001600160a01b038816845290915290206003815460ff1660058111156108e6576108e6613d53565b1415801561090a57506004815460ff16600581111561090757610907613d53565b14155b1561092e578054604051635c4ff07d60e01b81526106d89160ff1690600401613d7a565b6001600160a01b03851633036109575760405163706cd38160e01b815260040160405180910390fd5b5f868152600b6020526040902061096e9082612516565b1561098c5760405163e5fa050160e01b815260040160405180910390fd5b5f868152600b602052604090206109a39082612565565b156109c157604051631b57bab360e01b815260040160405180910390fd5b805461010090046001600160401b03166109de6020860186613de9565b6001600160401b03161415806109fc57508060020154846060013514155b15610a1a57604051637ca55c7760e01b815260040160405180910390fd5b610a258683866125b5565b610a36338360060160010154612685565b805460ff1916600417815560038101805463ffffffff16905f610a5883613e02565b91906101000a81548163ffffffff021916908363ffffffff160217905550507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316630bdfdaff610acc8488885f016020810190610abd9190613de9565b89602001358a6060013561270e565b6040518263ffffffff1660e01b8152600401610ae89190613e26565b6020604051808303815f875af1158015610b04573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610b289190613f22565b9250610bc88684610b3c6020880188613de9565b604080516080810182523381526001600160401b0392831660208083019182526001600160a01b03808e16848601908152978616606085019081525f978852600f909252939095209151825491519084166001600160e01b031992831617600160a01b918616820217835595516001909201805495519290931694169390931792909116909202179055565b336001600160a01b0316856001600160a01b0316877f39f1d859eee8d44d49e1f62ab3cdb1c8393b1649164a079f2ba1e8d05c86284c86604051610c0e91815260200190565b60405180910390a450509392505050565b5f838152600a602052604090206003600c82015460ff166007811115610c4757610c47613d53565b14158015610c6e57506004600c82015460ff166007811115610c6b57610c6b613d53565b14155b15610c9557600c810154604051630d64047360e21b81526106d89160ff1690600401613f39565b60098101546001600160a01b03163314610cc2576040516331511a2160e21b815260040160405180910390fd5b811580610ccf5750601082115b15610ced5760405163a7efde2760e01b815260040160405180910390fd5b600c810154600160481b90046001600160401b031615801590610d245750600c810154600160481b90046001600160401b03164210155b15610d5957600c8101546040516326b39d0360e11b8152600160481b9091046001600160401b031660048201526024016106d8565b5f5b82811015610de55760058201546001600160a01b90910460ff161b6020858584818110610d8a57610d8a613f4d565b9050602002016020810190610d9f9190613de9565b6001600160401b0316901c6001610db69190613db4565b6001600160401b031610610ddd5760405163a7efde2760e01b815260040160405180910390fd5b600101610d5b565b505f848152600e6020526040902060018101546001600160401b031615610e3057600181015460405163e39c431360e01b81526001600160401b0390911660048201526024016106d8565b610e41338360060160010154612685565b8383604051602001610e54929190613fa7565b60408051808303601f19018152919052805160209091012081556008820154610e8d90600160c01b90046001600160401b031642613db4565b60018201805467ffffffffffffffff19166001600160401b0392909216918217905560405186917ff3ff6e5e62e2056b4fc9d7562aa12e5f7e257bbad586f180c0f9648239e51a0f91610ee4918891889190613fc2565b60405180910390a25050505050565b600854600114610f165760405163769dd35360e11b815260040160405180910390fd5b60026008819055335f9081526020919091526040812080549091819003610f5057604051630686827b60e51b815260040160405180910390fd5b60018201546001600160401b0316421015610f8f57600182015460405163be8a527b60e01b81526001600160401b0390911660048201526024016106d8565b5f80835560058054839290610fa5908490613fee565b909155505060405181815233907f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d59060200160405180910390a26040515f90339083908381818185875af1925050503d805f811461101e576040519150601f19603f3d011682016040523d82523d5f602084013e611023565b606091505b5050905080611045576040516312171d8360e31b815260040160405180910390fd5b5050600160085550565b5f61105b86600361285b565b5f878152600b60205260409020600a820154919250906001600160a01b031633146110995760405163c139eabd60e01b815260040160405180910390fd5b80546201000090046001600160401b03165f036110c9576040516316a519cf60e31b815260040160405180910390fd5b600981015460ff16156110ef576040516375dde69b60e01b815260040160405180910390fd5b600f8201545f0361111357604051636a35b3b160e11b815260040160405180910390fd5b6008810154600160801b90046001600160401b0316421161115e57600881015460405163d606d83f60e01b8152600160801b9091046001600160401b031660048201526024016106d8565b6008810154600160c01b90046001600160401b03164211156111aa5760088101546040516326b39d0360e11b8152600160c01b9091046001600160401b031660048201526024016106d8565b600681015460408051602081018990520160405160208183030381529060405280519060200120146111ef5760405163e1dcd59760e01b815260040160405180910390fd5b60098101805460ff1916600117905560078101545f9081906112229089908b611217816128ba565b875461ffff166128e8565b9150915081156113405761123a8989838a8a8a61297c565b5f898152600d60209081526040808320600b870154915190928492611275928792016001600160401b03929092168252602082015260400190565b60408051601f198184030181529181528151602092830120835290820192909252015f90812054600c8601805464010000000063ffffffff90931692830267ffffffff0000000019909116179055600386015460028701549193506112d991612af6565b905063ffffffff8216158015906112ef57508015155b1561133d575f61130563ffffffff841683614015565b600d8701819055905061131e63ffffffff841682614028565b600e87015561133b61133663ffffffff851683614028565b612b3f565b505b50505b600884015461135f90600160801b90046001600160401b031642613db4565b600c858101805470ffffffffffffffff0000000000000000001916600160481b6001600160401b0394851602179055600d8087015491860154908601546040805187151581529486166020860152840192909252640100000000900463ffffffff166060830152608082015289907f2a2a2902bce4eaf054060d8d29c95c64d13b94f82b85bb9376f418c3134a46339060a00160405180910390a2505050505050505050565b5f858152600a60209081526040808320600e90925282206001810154919290916001600160401b0316900361144d576040516358568b5160e01b815260040160405180910390fd5b60018101546001600160401b031642111561148c5760018101546040516326b39d0360e11b81526001600160401b0390911660048201526024016106d8565b82851415806114c4575080546040516114ab9088908890602001613fa7565b6040516020818303038152906040528051906020012014155b156114e25760405163a7efde2760e01b815260040160405180910390fd5b5f856001600160401b038111156114fb576114fb61403f565b604051908082528060200260200182016040528015611524578160200160208202803683370190505b5090505f5b868110156115ef576115858489898481811061154757611547613f4d565b905060200201602081019061155c9190613de9565b88888581811061156e5761156e613f4d565b90506020028101906115809190614053565b612b70565b6115a257604051637ca55c7760e01b815260040160405180910390fd5b8585828181106115b4576115b4613f4d565b90506020028101906115c69190614053565b602001358282815181106115dc576115dc613f4d565b6020908102919091010152600101611529565b505f888152600e60205260408120908155600101805467ffffffffffffffff1916905560098301546007840154611631916001600160a01b0316903381612d51565b877f409c0e1c1ce25997854455cc772b3ca1732f70ee9e6a87ff3b99d189c1175472338989856040516116679493929190614071565b60405180910390a25050505050505050565b5f838152600b60209081526040808320600c83528184203385529092529091206002815460ff1660058111156116b1576116b1613d53565b146116d5578054604051635c4ff07d60e01b81526106d89160ff1690600401613d7a565b6008820154600160401b90046001600160401b0316421161172057600882015460405163d606d83f60e01b8152600160401b9091046001600160401b031660048201526024016106d8565b6008820154600160801b90046001600160401b031642111561176c5760088201546040516326b39d0360e11b8152600160801b9091046001600160401b031660048201526024016106d8565b600181015460408051602081018890523391810191909152606081018690526080810185905260a00160405160208183030381529060405280519060200120146117c957604051638ff14e0d60e01b815260040160405180910390fd5b600281018490558054600360ff19909116178082555f868152600d6020908152604080832081516101009095046001600160401b031685840152848201899052815180860383018152606090950182528451948301949094208352929052908120805463ffffffff169161183c83613e02565b825461010092830a63ffffffff81810219909216929091160217909155825460408051929091046001600160401b031682526020820187905233925087917fbf6c60af379ac044ddd6f443bbbd180330c08caf9a7e0634d1aceaa5ca6e79a19101610818565b5f6118ae82600361285b565b5f838152600b602052604081208054929350916201000090046001600160401b031690036118ef576040516316a519cf60e31b815260040160405180910390fd5b600f8201545f0361191357604051636a35b3b160e11b815260040160405180910390fd5b6008810154600160401b90046001600160401b031642111561195f5760088101546040516326b39d0360e11b8152600160401b9091046001600160401b031660048201526024016106d8565b600a8201546001600160a01b0316330361198c576040516320a553e160e11b815260040160405180910390fd5b5f838152600c60209081526040808320338452909152812090815460ff1660058111156119bb576119bb613d53565b146119d9576040516335d9080560e01b815260040160405180910390fd5b600582015463ffffffff1615801590611a0457506005820154600c83015463ffffffff918216911610155b15611a3057600582015460405163fa17747b60e01b815263ffffffff90911660048201526024016106d8565b611a4033835f0160010154612685565b600c8201805463ffffffff16905f611a5783613e02565b825463ffffffff9182166101009390930a928302919092021990911617905550805470ffffffffffffffff0000000000000000ff1916600160481b436001600160401b039081168202929092176001178084556040519190049091168152339085907ff17dd6991aa4e09156a43fff8b35813a2f571224525ff2107403261da72ac199906020015b60405180910390a350505050565b6001600160a01b038216611b175760405163a80d67dd60e01b8152600481018290526024016106d8565b5f838152600c602090815260408083206001600160a01b03861684529091528120906005825460ff166005811115611b5157611b51613d53565b1490505f5f611b6287868886612e8a565b60038701805493955090935063ffffffff9092169190505f611b83836140d8565b825463ffffffff9182166101009390930a9283029190920219909116179055505f878152600a602052604090206001826002811115611bc457611bc4613d53565b03611c5257611bdb8382600601600101548961304a565b83158015611bf15750600385015463ffffffff16155b15611c0257845460ff191660031785555b60408051878152600160208201526001600160a01b038916918a917f2cf916c51f5ad0fb8350a4ca8c14c6a9167396b0e8fdf9fc3ac04450f999b105910160405180910390a35050505050505050565b611c638382600601600101546131c8565b604080518781525f60208201526001600160a01b038916918a917f2cf916c51f5ad0fb8350a4ca8c14c6a9167396b0e8fdf9fc3ac04450f999b105910160405180910390a38315611cb8575050505050505050565b5f888152600b602052604090206001810154611cee898287612710611cdf6103e884614028565b611ce99190614015565b612d51565b865460ff19166005178755611d03828861328b565b6009830154611d1c9083906001600160a01b0316613316565b886001600160a01b03168a5f5160206142515f395f51905f5260045f604051611d469291906140f6565b60405180910390a350505050505050505050565b805f03611d7a57604051631f2a200560e01b815260040160405180910390fd5b611d843382613350565b335f908152600260205260408120805490918391839190611da6908490613da1565b90915550611dd690507f000000000000000000000000000000000000000000000000000000000000000042613db4565b816001015f6101000a8154816001600160401b0302191690836001600160401b031602179055508160055f828254611e0e9190613da1565b90915550506001810154604080518481526001600160401b03909216602083015233917fbf6730b5b5d9fd45cdb42f69910317da629fd6e12b3ab41aa1708cd916385dfc91015b60405180910390a25050565b5f848152600a60209081526040808320600b8352818420600c84528285206001600160a01b038916865290935292208054600183015460ff909116906002826005811115611eb157611eb1613d53565b1480611ece57506001826005811115611ecc57611ecc613d53565b145b15611f88576008840154600160801b90046001600160401b03164211611f1e57600884015460405163d606d83f60e01b8152600160801b9091046001600160401b031660048201526024016106d8565b825460ff19166005178355611f3388826133d4565b6009850154611f4c9085906001600160a01b0316613316565b876001600160a01b0316895f5160206142515f395f51905f5260015f604051611f769291906140f6565b60405180910390a35050505050612315565b6003826005811115611f9c57611f9c613d53565b14611fbc5781604051635c4ff07d60e01b81526004016106d89190613d7a565b6005600c86015460ff166007811115611fd757611fd7613d53565b14158015611ffe57506006600c86015460ff166007811115611ffb57611ffb613d53565b14155b1561202557600c850154604051630d64047360e21b81526106d89160ff1690600401613f39565b600c850154600160481b90046001600160401b031642101561207157600c85015460405163d606d83f60e01b8152600160481b9091046001600160401b031660048201526024016106d8565b825460ff19166005178084556002840154906001600160401b036101009091041661209c8686612516565b15612102576120ab8a846131c8565b60098701546120c49087906001600160a01b0316613316565b896001600160a01b03168b5f5160206142515f395f51905f5260055f6040516120ee9291906140f6565b60405180910390a350505050505050612315565b5f61210d8787612565565b15612116575060025b5f81600581111561212957612129613d53565b14612199576121388b856133d4565b612142878761328b565b600988015461215b9088906001600160a01b0316613316565b8a6001600160a01b03168c5f5160206142515f395f51905f52835f6040516121849291906140f6565b60405180910390a35050505050505050612315565b6121a38b856131c8565b60098701545f90610100900460ff1680156121d4575060098801546001600160401b03848116630100000090920416145b80156121e3575087600b015484145b80156121f25750600d88015415155b156122215787600d015490508088600e015f8282546122119190613fee565b9091555061222190508c826134b4565b5f6005600c8b015460ff16600781111561223d5761223d613d53565b148015612270575061226a6122518f6128ba565b612265906001600160401b03166001613da1565b6134d5565b60ff168b145b801561229d5750600d8a015461229b866122946001600160401b0388166001613da1565b8f8f6134fd565b145b905080156122b75760048901546122b49083613da1565b91505b6122d989826122d35760098c01546001600160a01b0316613316565b8e613316565b8c6001600160a01b03168e5f5160206142515f395f51905f5285856040516123029291906140f6565b60405180910390a3505050505050505050505b50505050565b345f0361233b57604051631f2a200560e01b815260040160405180910390fd5b335f9081526020819052604081208054349290612359908490613da1565b925050819055503460035f8282546123719190613da1565b909155505060405134815233907f2da466a7b24304f47e87fa2e1e5a81b9831ce54fec19055ce277ca2f39ba42c49060200160405180910390a2565b5f6007546006546005546004546003546123c79190613da1565b6123d19190613da1565b6123db9190613da1565b6123e59190613da1565b905090565b5f828152600c602090815260408083206001600160a01b0385168452909152812081815460ff16600581111561242257612422613d53565b03612446578054604051635c4ff07d60e01b81526106d89160ff1690600401613d7a565b6001815460ff16600581111561245e5761245e613d53565b14612479575461010090046001600160401b03169050612510565b80545f906124a19061249c90600160481b90046001600160401b03166001613da1565b61354d565b5090506124ad856128ba565b5f868152600a6020908152604091829020600f01548251808301919091526001600160a01b038816818401526060808201869052835180830390910181526080909101909252815191012061250b916001600160401b03169061410d565b925050505b92915050565b60098201545f90610100900460ff16801561255e5750600983015461254c90630100000090046001600160401b03166001613da1565b825461010090046001600160401b0316145b9392505050565b60098201545f90610100900460ff16801561259d57506009830154825461010090046001600160401b03908116630100000090920416145b801561255e575050600a909101546002909101541490565b5f6125bf846128ba565b90506001600160401b0381166125d86020840184613de9565b6001600160401b031610158061261557506126006122656001600160401b0383166001613da1565b60ff166126106040840184614120565b905014155b1561263357604051637ca55c7760e01b815260040160405180910390fd5b600d8301546126676020840180359061264c9086613de9565b6001600160401b03166126626040870187614120565b6134fd565b1461231557604051637ca55c7760e01b815260040160405180910390fd5b61268f8282613350565b6001600160a01b0382165f90815260016020526040812080548392906126b6908490613da1565b925050819055508060045f8282546126ce9190613da1565b90915550506040518181526001600160a01b038316907f9f1ec8c880f76798e7b793325d625e9b60e4082a553c98f42b6cda368dd6000890602001611e55565b604080516101a0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e081018290526101008101829052610120810182905261014081018290526101608101829052610180810191909152604080516101a0810182526001600160a01b0387168152600c880154600160a81b900461ffff16602082015233918101919091526001870154606082015260028701546080820152600387015460a082015260c0810184905260e0810183905260058701546101008201906127fb90600160401b90046001600160401b031687614165565b6001600160401b0390811682526005890154600160401b81048216602084015263ffffffff600160801b820416604084015260ff600160a01b9091041660608301526008890154600160c01b900416608090910152905095945050505050565b5f828152600a6020526040902081600781111561287a5761287a613d53565b600c82015460ff16600781111561289357612893613d53565b1461251057600c810154604051630d64047360e21b81526106d89160ff1690600401613f39565b5f818152600a60205260408120600581015461255e906001600160401b03600160401b820481169116614187565b604080516020808201889052818301879052606080830187905283518084039091018152608090920190925280519101205f9081906001600160401b0385161580612942575061ffff841661293f6127108361410d565b10155b15612953575f5f9250925050612972565b600161296c6001600160401b038716608084901c61410d565b92509250505b9550959350505050565b5f868152600a60209081526040808320600b909252822090918080612a0986612a048c8e6040805160606020808301829052601560808401527476657269747261696e2e666f726365642e6d61736b60581b60a08085019190915283850196909652908201939093528151808203909401845260c00190528151910120600160ff9091161790565b6135dc565b919450925090505f612a256001600160401b038b166001613da1565b9050831580612a425750612a3b6122518d6128ba565b60ff168814155b80612a5c575085600d0154612a5983838c8c6134fd565b14155b15612a7a57604051637ca55c7760e01b815260040160405180910390fd5b612a8683828b8b6134fd565b600d870155612a948c6128ba565b6001600160401b03168103612aab57600e86018390555b506009840180546001600160401b03909a166301000000026affffffffffffffff00ff0019909a169990991761010017909855600a83019790975550600b0194909455505050505050565b6007545f90612710612b0a6103e883614028565b612b149190614015565b612b1e9084613da1565b915081841015612b2c578391505b81811015612b38578091505b5092915050565b8060075f828254612b509190613fee565b925050819055508060065f828254612b689190613da1565b909155505050565b5f63ffffffff602084901c8116908416612b8d60808501856141b4565b159050612c89576020840135151580612bb35750612bae6040850185614120565b151590505b80612c19575083356002612bca60808701876141b4565b604051612bd89291906141f6565b602060405180830381855afa158015612bf3573d5f5f3e3d5ffd5b5050506040513d601f19601f82011682018060405250810190612c169190613f22565b14155b80612c415750612c34612c2f60808601866141b4565b613620565b612c3f826008614028565b105b15612c50575f9250505061255e565b600e860154612c7f612c67863560a088013561376f565b612c72856001613da1565b6126626060890189614120565b149250505061255e565b8335158015612c9a57506020840135155b8015612cb25750612cae6040850185614120565b1590505b15612cfa576005860154600160a01b900460ff16612cd36060860186614120565b9050148015612cf15750600e860154612c7f5f612c72856001613da1565b9250505061255e565b5f80612d31848735612d0d866008614028565b60208a0135612d1f60408c018c614120565b612d2c60608e018e614120565b6137a8565b91509150818015612d45575087600e015481145b98975050505050505050565b6001600160a01b0384165f9081526001602052604081208054859290612d78908490613fee565b925050819055508260045f828254612d909190613fee565b90915550506001600160a01b0382165f9081526020819052604081208054839290612dbc908490613da1565b925050819055508060035f828254612dd49190613da1565b90915550612de490508184613fee565b60075f828254612df49190613da1565b909155505060408051848152602081018390525f8183015290516001600160a01b0384811692908716917f83b5f75e441a9db2d1054d5ef2c5e3c4aac434fbb76c29fc9b11bac21d6400359181900360600190a37f2076cd8bd7c147f4b7bb2b5e2dd0db46fb74246bc4c4e3ded824202bfff5ca57612e738285613fee565b60405190815260200160405180910390a150505050565b5f838152600f60209081526040808320815160808101835281546001600160a01b038082168084526001600160401b03600160a01b9384900481169785019790975260019094015490811694830194909452909204909216606082015282918291901580612f0557508781606001516001600160401b031614155b80612f265750856001600160a01b031681604001516001600160a01b031614155b15612f475760405163a80d67dd60e01b8152600481018890526024016106d8565b604051633c59405960e01b8152600481018890527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690633c59405990602401602060405180830381865afa158015612faa573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612fce9190614205565b91505f826002811115612fe357612fe3613d53565b148015612fee575084155b1561300c576040516347ca30d160e11b815260040160405180910390fd5b5f968752600f6020908152604090972080546001600160e01b0319908116825560019091018054909116905580519601519597959650949350505050565b6001600160a01b0383165f9081526001602052604081208054849290613071908490613fee565b925050819055508160045f8282546130899190613fee565b909155505f90506127106130c161ffff7f00000000000000000000000000000000000000000000000000000000000000001685614028565b6130cb9190614015565b9050805f5f846001600160a01b03166001600160a01b031681526020019081526020015f205f8282546130fe9190613da1565b9091555061310e90508184613fee565b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000165f9081526020819052604081208054909190613155908490613da1565b925050819055508260035f82825461316d9190613da1565b90915550506001600160a01b038083169085167f83b5f75e441a9db2d1054d5ef2c5e3c4aac434fbb76c29fc9b11bac21d64003585846131ad8183613fee565b60408051938452602084019290925290820152606001611adf565b6001600160a01b0382165f90815260016020526040812080548392906131ef908490613fee565b925050819055508060045f8282546132079190613fee565b90915550506001600160a01b0382165f9081526020819052604081208054839290613233908490613da1565b925050819055508060035f82825461324b9190613da1565b90915550506040518181526001600160a01b038316907f0f0bc5b519ddefdd8e5f9e6423433aa2b869738de2ae34d58ebc796fc749fa0d90602001611e55565b6009820154610100900460ff1680156132c157506009820154815461010090046001600160401b03908116630100000090920416145b80156132d4575081600b01548160020154145b80156132e35750600d82015415155b156133125781600d015482600e015f8282546132ff9190613fee565b9091555050600d82015461331290613854565b5050565b60048201545f81900361332857505050565b8083600f015f82825461333b9190613fee565b9091555061334b905082826134b4565b505050565b6001600160a01b0382165f90815260208190526040902054818110156133935760405163018ac91360e61b815260048101829052602481018390526044016106d8565b61339d8282613fee565b6001600160a01b0384165f90815260208190526040812091909155600380548492906133ca908490613fee565b9091555050505050565b6001600160a01b0382165f90815260016020526040812080548392906133fb908490613fee565b925050819055508060045f8282546134139190613fee565b925050819055508060075f82825461342b9190613da1565b9091555050604080518281525f602082018190529181018290526001600160a01b038416907f83b5f75e441a9db2d1054d5ef2c5e3c4aac434fbb76c29fc9b11bac21d6400359060600160405180910390a36040518181527f2076cd8bd7c147f4b7bb2b5e2dd0db46fb74246bc4c4e3ded824202bfff5ca579060200160405180910390a15050565b8060065f8282546134c59190613fee565b90915550613312905082826138b8565b5f5b818160ff166001901b10156134f857806134f081614223565b9150506134d7565b919050565b5f61010082108015613510575083821c15155b156135385760405163177e5bcb60e01b815260048101859052602481018390526044016106d8565b61354485858585613937565b95945050505050565b5f5f82431161358657613561836001613da1565b6040516302c32a2d60e01b81526001600160401b0390911660048201526024016106d8565b6101006135938443613fee565b11156135d557610100836135a8600143613fee565b6135b29190613fee565b6135bc9190614015565b6135c890610100614028565b6135d29084613da1565b92505b5050804091565b5f8080613613853560208701356040880135606089013561360060808b018b614120565b61360d60a08d018d614120565b8c6139dd565b9250925092509250925092565b5f600482101561363157505f612510565b5f60088484600281811061364757613647613f4d565b919091013560f81c90911b90508484600181811061366757613667613f4d565b61367d9392013560f81c90911790506003613da1565b905080831161368f575f915050612510565b5f8484838181106136a2576136a2613f4d565b919091013560f81c91508290506136b881614238565b92506136c79050816008614028565b6136d19083613da1565b84146136e1575f92505050612510565b600192505f5b81811015613766575f805b600881101561375057613706816008614028565b888883613714876008614028565b61371e908a613da1565b6137289190613da1565b81811061373757613737613f4d565b919091013560f81c90911b9290921791506001016136f2565b5061375b8186614028565b9450506001016136e7565b50505092915050565b5f6040516002815383600182015282602182015260205f60418360025afa61379e5763832d99055f526004601cfd5b50505f5192915050565b5f80600388901c610100861080156137c1575080861c15155b156137d257505f9150819050613847565b5f198b036137e657505f9150819050613847565b5f6137f28c6001613da1565b905061010085108015613806575080851c15155b1561381957505f92508291506138479050565b5f61382f8c61382a8c868d8d613937565b61376f565b9050600161383f82848a8a613937565b945094505050505b9850989650505050505050565b8060065f8282546138659190613fee565b925050819055508060075f82825461387d9190613da1565b90915550506040518181527f2076cd8bd7c147f4b7bb2b5e2dd0db46fb74246bc4c4e3ded824202bfff5ca579060200160405180910390a150565b6001600160a01b0382165f90815260208190526040812080548392906138df908490613da1565b925050819055508060035f8282546138f79190613da1565b90915550506040518181526001600160a01b038316907f9c9e0cdb1670e88302408e5b941dc636f63a3293204694bb68910fcf3d9305f390602001611e55565b5f6040515f815385600182015260205f60218360025afa61395f5763832d99055f526004601cfd5b5f519150838360051b8101600183535b808210156139d25760018716801561399357823560018501528460218501526139a1565b846001850152823560218501525b5060205f60418560025afa6139bd5763832d99055f526004601cfd5b5f5193508660011c965060208201915061396f565b505050949350505050565b5f5f5f6139f08c8c8c8c8c8c8c8c6137a8565b9093509150613a4a8c8c8c613a418d828a600881811b62ff00001682821c61ff0016601884811c60ff16919091179190911792901b63ff0000001691909117600792909216600402601c03021b1890565b8c8c8c8c6137a8565b90508091505099509950999650505050505050565b5f5f60408385031215613a70575f5ffd5b50508035926020909101359150565b80356001600160a01b03811681146134f8575f5ffd5b5f5f5f60608486031215613aa7575f5ffd5b83359250613ab760208501613a7f565b915060408401356001600160401b03811115613ad1575f5ffd5b840160a08187031215613ae2575f5ffd5b809150509250925092565b5f5f83601f840112613afd575f5ffd5b5081356001600160401b03811115613b13575f5ffd5b6020830191508360208260051b8501011115613b2d575f5ffd5b9250929050565b5f5f5f60408486031215613b46575f5ffd5b8335925060208401356001600160401b03811115613b62575f5ffd5b613b6e86828701613aed565b9497909650939450505050565b5f5f5f5f5f60808688031215613b8f575f5ffd5b853594506020860135935060408601356001600160401b03811115613bb2575f5ffd5b613bbe88828901613aed565b90945092505060608601356001600160401b03811115613bdc575f5ffd5b860160c08189031215613bed575f5ffd5b809150509295509295909350565b5f5f5f5f5f60608688031215613c0f575f5ffd5b8535945060208601356001600160401b03811115613c2b575f5ffd5b613c3788828901613aed565b90955093505060408601356001600160401b03811115613c55575f5ffd5b613c6188828901613aed565b969995985093965092949392505050565b5f5f5f60608486031215613c84575f5ffd5b505081359360208301359350604090920135919050565b5f60208284031215613cab575f5ffd5b5035919050565b5f5f5f60608486031215613cc4575f5ffd5b83359250613cd460208501613a7f565b929592945050506040919091013590565b5f5f5f5f60608587031215613cf8575f5ffd5b84359350613d0860208601613a7f565b925060408501356001600160401b03811115613d22575f5ffd5b613d2e87828801613aed565b95989497509550505050565b5f60208284031215613d4a575f5ffd5b61255e82613a7f565b634e487b7160e01b5f52602160045260245ffd5b60068110613d7757613d77613d53565b50565b60208101613d8783613d67565b91905290565b634e487b7160e01b5f52601160045260245ffd5b8082018082111561251057612510613d8d565b6001600160401b03818116838216019081111561251057612510613d8d565b80356001600160401b03811681146134f8575f5ffd5b5f60208284031215613df9575f5ffd5b61255e82613dd3565b5f63ffffffff821663ffffffff8103613e1d57613e1d613d8d565b60010192915050565b81516001600160a01b031681526101a081016020830151613e4d602084018261ffff169052565b506040830151613e6860408401826001600160a01b03169052565b50606083015160608301526080830151608083015260a083015160a083015260c083015160c083015260e083015160e0830152610100830151613eb76101008401826001600160401b03169052565b50610120830151613ed46101208401826001600160401b03169052565b50610140830151613eee61014084018263ffffffff169052565b50610160830151613f0561016084018260ff169052565b50610180830151612b386101808401826001600160401b03169052565b5f60208284031215613f32575f5ffd5b5051919050565b6020810160088310613d8757613d87613d53565b634e487b7160e01b5f52603260045260245ffd5b8183526020830192505f815f5b84811015613f9d576001600160401b03613f8783613dd3565b1686526020958601959190910190600101613f6e565b5093949350505050565b602081525f613fba602083018486613f61565b949350505050565b604081525f613fd5604083018587613f61565b90506001600160401b0383166020830152949350505050565b8181038181111561251057612510613d8d565b634e487b7160e01b5f52601260045260245ffd5b5f8261402357614023614001565b500490565b808202811582820484141761251057612510613d8d565b634e487b7160e01b5f52604160045260245ffd5b5f823560be19833603018112614067575f5ffd5b9190910192915050565b6001600160a01b03851681526060602082018190525f906140959083018587613f61565b8281036040840152835180825260208086019201905f5b818110156140ca5783518352602093840193909201916001016140ac565b509098975050505050505050565b5f63ffffffff8216806140ed576140ed613d8d565b5f190192915050565b6040810161410384613d67565b9281526020015290565b5f8261411b5761411b614001565b500690565b5f5f8335601e19843603018112614135575f5ffd5b8301803591506001600160401b0382111561414e575f5ffd5b6020019150600581901b3603821315613b2d575f5ffd5b6001600160401b038181168382160290811690818114612b3857612b38613d8d565b5f6001600160401b0383168061419f5761419f614001565b806001600160401b0384160491505092915050565b5f5f8335601e198436030181126141c9575f5ffd5b8301803591506001600160401b038211156141e2575f5ffd5b602001915036819003821315613b2d575f5ffd5b818382375f9101908152919050565b5f60208284031215614215575f5ffd5b81516003811061255e575f5ffd5b5f60ff821660ff8103613e1d57613e1d613d8d565b5f6001820161424957614249613d8d565b506001019056fe0c66915ab1d13caeb6b1ddfe03c0e8b8e9ef88ca063d088cdcd6bcd9733106b5a2646970667358221220cbf2dd4d6a68bc508807b4898afe5a6a6d12a65f0371958742b885674f68faf964736f6c63430008250033",
}

// TaskMarket is an auto generated Go binding around an Ethereum contract.
type TaskMarket struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *TaskMarket) GetABI() abi.ABI {
	return c.abi
}

// NewTaskMarket creates a new instance of TaskMarket.
func NewTaskMarket() *TaskMarket {
	parsed, err := TaskMarketMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &TaskMarket{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *TaskMarket) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address game_, uint64 unbondingDelay_, address treasury_, uint16 winnerShareBps_) returns()
func (taskMarket *TaskMarket) PackConstructor(game_ common.Address, unbondingDelay_ uint64, treasury_ common.Address, winnerShareBps_ uint16) []byte {
	enc, err := taskMarket.abi.Pack("", game_, unbondingDelay_, treasury_, winnerShareBps_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackATTESTBOUNTYBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc89e9d4a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ATTEST_BOUNTY_BPS() view returns(uint256)
func (taskMarket *TaskMarket) PackATTESTBOUNTYBPS() []byte {
	enc, err := taskMarket.abi.Pack("ATTEST_BOUNTY_BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackATTESTBOUNTYBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc89e9d4a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ATTEST_BOUNTY_BPS() view returns(uint256)
func (taskMarket *TaskMarket) TryPackATTESTBOUNTYBPS() ([]byte, error) {
	return taskMarket.abi.Pack("ATTEST_BOUNTY_BPS")
}

// UnpackATTESTBOUNTYBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc89e9d4a.
//
// Solidity: function ATTEST_BOUNTY_BPS() view returns(uint256)
func (taskMarket *TaskMarket) UnpackATTESTBOUNTYBPS(data []byte) (*big.Int, error) {
	out, err := taskMarket.abi.Unpack("ATTEST_BOUNTY_BPS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXCHECKPOINTS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x588fcfd8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_CHECKPOINTS() view returns(uint64)
func (taskMarket *TaskMarket) PackMAXCHECKPOINTS() []byte {
	enc, err := taskMarket.abi.Pack("MAX_CHECKPOINTS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXCHECKPOINTS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x588fcfd8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_CHECKPOINTS() view returns(uint64)
func (taskMarket *TaskMarket) TryPackMAXCHECKPOINTS() ([]byte, error) {
	return taskMarket.abi.Pack("MAX_CHECKPOINTS")
}

// UnpackMAXCHECKPOINTS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x588fcfd8.
//
// Solidity: function MAX_CHECKPOINTS() view returns(uint64)
func (taskMarket *TaskMarket) UnpackMAXCHECKPOINTS(data []byte) (uint64, error) {
	out, err := taskMarket.abi.Unpack("MAX_CHECKPOINTS", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackMAXCHUNKS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5ed25346.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_CHUNKS() view returns(uint256)
func (taskMarket *TaskMarket) PackMAXCHUNKS() []byte {
	enc, err := taskMarket.abi.Pack("MAX_CHUNKS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXCHUNKS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5ed25346.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_CHUNKS() view returns(uint256)
func (taskMarket *TaskMarket) TryPackMAXCHUNKS() ([]byte, error) {
	return taskMarket.abi.Pack("MAX_CHUNKS")
}

// UnpackMAXCHUNKS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5ed25346.
//
// Solidity: function MAX_CHUNKS() view returns(uint256)
func (taskMarket *TaskMarket) UnpackMAXCHUNKS(data []byte) (*big.Int, error) {
	out, err := taskMarket.abi.Unpack("MAX_CHUNKS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXINFO is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x31335691.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_INFO() view returns(uint256)
func (taskMarket *TaskMarket) PackMAXINFO() []byte {
	enc, err := taskMarket.abi.Pack("MAX_INFO")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXINFO is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x31335691.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_INFO() view returns(uint256)
func (taskMarket *TaskMarket) TryPackMAXINFO() ([]byte, error) {
	return taskMarket.abi.Pack("MAX_INFO")
}

// UnpackMAXINFO is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x31335691.
//
// Solidity: function MAX_INFO() view returns(uint256)
func (taskMarket *TaskMarket) UnpackMAXINFO(data []byte) (*big.Int, error) {
	out, err := taskMarket.abi.Unpack("MAX_INFO", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXINTERVAL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfede6114.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_INTERVAL() view returns(uint64)
func (taskMarket *TaskMarket) PackMAXINTERVAL() []byte {
	enc, err := taskMarket.abi.Pack("MAX_INTERVAL")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXINTERVAL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfede6114.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_INTERVAL() view returns(uint64)
func (taskMarket *TaskMarket) TryPackMAXINTERVAL() ([]byte, error) {
	return taskMarket.abi.Pack("MAX_INTERVAL")
}

// UnpackMAXINTERVAL is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfede6114.
//
// Solidity: function MAX_INTERVAL() view returns(uint64)
func (taskMarket *TaskMarket) UnpackMAXINTERVAL(data []byte) (uint64, error) {
	out, err := taskMarket.abi.Unpack("MAX_INTERVAL", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackMAXNODES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f16e1cd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_NODES() view returns(uint32)
func (taskMarket *TaskMarket) PackMAXNODES() []byte {
	enc, err := taskMarket.abi.Pack("MAX_NODES")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXNODES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f16e1cd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_NODES() view returns(uint32)
func (taskMarket *TaskMarket) TryPackMAXNODES() ([]byte, error) {
	return taskMarket.abi.Pack("MAX_NODES")
}

// UnpackMAXNODES is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8f16e1cd.
//
// Solidity: function MAX_NODES() view returns(uint32)
func (taskMarket *TaskMarket) UnpackMAXNODES(data []byte) (uint32, error) {
	out, err := taskMarket.abi.Unpack("MAX_NODES", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackMAXSTATEDEPTH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9c3e6031.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_STATE_DEPTH() view returns(uint8)
func (taskMarket *TaskMarket) PackMAXSTATEDEPTH() []byte {
	enc, err := taskMarket.abi.Pack("MAX_STATE_DEPTH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXSTATEDEPTH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9c3e6031.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_STATE_DEPTH() view returns(uint8)
func (taskMarket *TaskMarket) TryPackMAXSTATEDEPTH() ([]byte, error) {
	return taskMarket.abi.Pack("MAX_STATE_DEPTH")
}

// UnpackMAXSTATEDEPTH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9c3e6031.
//
// Solidity: function MAX_STATE_DEPTH() view returns(uint8)
func (taskMarket *TaskMarket) UnpackMAXSTATEDEPTH(data []byte) (uint8, error) {
	out, err := taskMarket.abi.Unpack("MAX_STATE_DEPTH", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackMAXSTEPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf367d5cc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_STEPS() view returns(uint64)
func (taskMarket *TaskMarket) PackMAXSTEPS() []byte {
	enc, err := taskMarket.abi.Pack("MAX_STEPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXSTEPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf367d5cc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_STEPS() view returns(uint64)
func (taskMarket *TaskMarket) TryPackMAXSTEPS() ([]byte, error) {
	return taskMarket.abi.Pack("MAX_STEPS")
}

// UnpackMAXSTEPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf367d5cc.
//
// Solidity: function MAX_STEPS() view returns(uint64)
func (taskMarket *TaskMarket) UnpackMAXSTEPS(data []byte) (uint64, error) {
	out, err := taskMarket.abi.Unpack("MAX_STEPS", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackMAXWINDOW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdeb96634.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_WINDOW() view returns(uint64)
func (taskMarket *TaskMarket) PackMAXWINDOW() []byte {
	enc, err := taskMarket.abi.Pack("MAX_WINDOW")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXWINDOW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdeb96634.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_WINDOW() view returns(uint64)
func (taskMarket *TaskMarket) TryPackMAXWINDOW() ([]byte, error) {
	return taskMarket.abi.Pack("MAX_WINDOW")
}

// UnpackMAXWINDOW is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdeb96634.
//
// Solidity: function MAX_WINDOW() view returns(uint64)
func (taskMarket *TaskMarket) UnpackMAXWINDOW(data []byte) (uint64, error) {
	out, err := taskMarket.abi.Unpack("MAX_WINDOW", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackMINWINDOW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52b65c4b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MIN_WINDOW() view returns(uint64)
func (taskMarket *TaskMarket) PackMINWINDOW() []byte {
	enc, err := taskMarket.abi.Pack("MIN_WINDOW")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMINWINDOW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52b65c4b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MIN_WINDOW() view returns(uint64)
func (taskMarket *TaskMarket) TryPackMINWINDOW() ([]byte, error) {
	return taskMarket.abi.Pack("MIN_WINDOW")
}

// UnpackMINWINDOW is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x52b65c4b.
//
// Solidity: function MIN_WINDOW() view returns(uint64)
func (taskMarket *TaskMarket) UnpackMINWINDOW(data []byte) (uint64, error) {
	out, err := taskMarket.abi.Unpack("MIN_WINDOW", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackPOOLDRAWBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52d63ff4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function POOL_DRAW_BPS() view returns(uint256)
func (taskMarket *TaskMarket) PackPOOLDRAWBPS() []byte {
	enc, err := taskMarket.abi.Pack("POOL_DRAW_BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPOOLDRAWBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52d63ff4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function POOL_DRAW_BPS() view returns(uint256)
func (taskMarket *TaskMarket) TryPackPOOLDRAWBPS() ([]byte, error) {
	return taskMarket.abi.Pack("POOL_DRAW_BPS")
}

// UnpackPOOLDRAWBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x52d63ff4.
//
// Solidity: function POOL_DRAW_BPS() view returns(uint256)
func (taskMarket *TaskMarket) UnpackPOOLDRAWBPS(data []byte) (*big.Int, error) {
	out, err := taskMarket.abi.Unpack("POOL_DRAW_BPS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSEEDDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2ef3dbf5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function SEED_DELAY() view returns(uint64)
func (taskMarket *TaskMarket) PackSEEDDELAY() []byte {
	enc, err := taskMarket.abi.Pack("SEED_DELAY")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSEEDDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2ef3dbf5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function SEED_DELAY() view returns(uint64)
func (taskMarket *TaskMarket) TryPackSEEDDELAY() ([]byte, error) {
	return taskMarket.abi.Pack("SEED_DELAY")
}

// UnpackSEEDDELAY is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2ef3dbf5.
//
// Solidity: function SEED_DELAY() view returns(uint64)
func (taskMarket *TaskMarket) UnpackSEEDDELAY(data []byte) (uint64, error) {
	out, err := taskMarket.abi.Unpack("SEED_DELAY", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackSEEDWINDOW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1d6698bb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function SEED_WINDOW() view returns(uint64)
func (taskMarket *TaskMarket) PackSEEDWINDOW() []byte {
	enc, err := taskMarket.abi.Pack("SEED_WINDOW")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSEEDWINDOW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1d6698bb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function SEED_WINDOW() view returns(uint64)
func (taskMarket *TaskMarket) TryPackSEEDWINDOW() ([]byte, error) {
	return taskMarket.abi.Pack("SEED_WINDOW")
}

// UnpackSEEDWINDOW is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1d6698bb.
//
// Solidity: function SEED_WINDOW() view returns(uint64)
func (taskMarket *TaskMarket) UnpackSEEDWINDOW(data []byte) (uint64, error) {
	out, err := taskMarket.abi.Unpack("SEED_WINDOW", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackAnnounce is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb216706c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function announce(bytes info) returns()
func (taskMarket *TaskMarket) PackAnnounce(info []byte) []byte {
	enc, err := taskMarket.abi.Pack("announce", info)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAnnounce is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb216706c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function announce(bytes info) returns()
func (taskMarket *TaskMarket) TryPackAnnounce(info []byte) ([]byte, error) {
	return taskMarket.abi.Pack("announce", info)
}

// PackAnswerChunks is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70c04d80.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function answerChunks(uint256 id, uint64[] chunks, (bytes32,bytes32,bytes32[],bytes32[],bytes,bytes32)[] o) returns()
func (taskMarket *TaskMarket) PackAnswerChunks(id *big.Int, chunks []uint64, o []TaskMarketChunkOpening) []byte {
	enc, err := taskMarket.abi.Pack("answerChunks", id, chunks, o)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAnswerChunks is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70c04d80.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function answerChunks(uint256 id, uint64[] chunks, (bytes32,bytes32,bytes32[],bytes32[],bytes,bytes32)[] o) returns()
func (taskMarket *TaskMarket) TryPackAnswerChunks(id *big.Int, chunks []uint64, o []TaskMarketChunkOpening) ([]byte, error) {
	return taskMarket.abi.Pack("answerChunks", id, chunks, o)
}

// PackAssignment is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcd5e6ff2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function assignment(uint256 id, address verifier) view returns(uint64)
func (taskMarket *TaskMarket) PackAssignment(id *big.Int, verifier common.Address) []byte {
	enc, err := taskMarket.abi.Pack("assignment", id, verifier)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAssignment is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcd5e6ff2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function assignment(uint256 id, address verifier) view returns(uint64)
func (taskMarket *TaskMarket) TryPackAssignment(id *big.Int, verifier common.Address) ([]byte, error) {
	return taskMarket.abi.Pack("assignment", id, verifier)
}

// UnpackAssignment is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcd5e6ff2.
//
// Solidity: function assignment(uint256 id, address verifier) view returns(uint64)
func (taskMarket *TaskMarket) UnpackAssignment(data []byte) (uint64, error) {
	out, err := taskMarket.abi.Unpack("assignment", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackAttest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x17e85926.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function attest(uint256 id, bytes32 commitment) returns()
func (taskMarket *TaskMarket) PackAttest(id *big.Int, commitment [32]byte) []byte {
	enc, err := taskMarket.abi.Pack("attest", id, commitment)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAttest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x17e85926.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function attest(uint256 id, bytes32 commitment) returns()
func (taskMarket *TaskMarket) TryPackAttest(id *big.Int, commitment [32]byte) ([]byte, error) {
	return taskMarket.abi.Pack("attest", id, commitment)
}

// PackAttestSegment is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7dbded0d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function attestSegment(uint256 id, address attester) view returns(uint64)
func (taskMarket *TaskMarket) PackAttestSegment(id *big.Int, attester common.Address) []byte {
	enc, err := taskMarket.abi.Pack("attestSegment", id, attester)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAttestSegment is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7dbded0d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function attestSegment(uint256 id, address attester) view returns(uint64)
func (taskMarket *TaskMarket) TryPackAttestSegment(id *big.Int, attester common.Address) ([]byte, error) {
	return taskMarket.abi.Pack("attestSegment", id, attester)
}

// UnpackAttestSegment is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7dbded0d.
//
// Solidity: function attestSegment(uint256 id, address attester) view returns(uint64)
func (taskMarket *TaskMarket) UnpackAttestSegment(data []byte) (uint64, error) {
	out, err := taskMarket.abi.Unpack("attestSegment", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackAuditModule is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5e4a83a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function auditModule() view returns(address)
func (taskMarket *TaskMarket) PackAuditModule() []byte {
	enc, err := taskMarket.abi.Pack("auditModule")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAuditModule is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5e4a83a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function auditModule() view returns(address)
func (taskMarket *TaskMarket) TryPackAuditModule() ([]byte, error) {
	return taskMarket.abi.Pack("auditModule")
}

// UnpackAuditModule is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5e4a83a6.
//
// Solidity: function auditModule() view returns(address)
func (taskMarket *TaskMarket) UnpackAuditModule(data []byte) (common.Address, error) {
	out, err := taskMarket.abi.Unpack("auditModule", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackCancelTask is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7eec20a8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelTask(uint256 id) returns()
func (taskMarket *TaskMarket) PackCancelTask(id *big.Int) []byte {
	enc, err := taskMarket.abi.Pack("cancelTask", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancelTask is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7eec20a8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancelTask(uint256 id) returns()
func (taskMarket *TaskMarket) TryPackCancelTask(id *big.Int) ([]byte, error) {
	return taskMarket.abi.Pack("cancelTask", id)
}

// PackChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x635154c7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challenge(uint256 id, (uint64,bytes32,bytes32[],bytes32,bytes32[]) c) returns(uint256 gameId)
func (taskMarket *TaskMarket) PackChallenge(id *big.Int, c TaskMarketChallenge) []byte {
	enc, err := taskMarket.abi.Pack("challenge", id, c)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x635154c7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challenge(uint256 id, (uint64,bytes32,bytes32[],bytes32,bytes32[]) c) returns(uint256 gameId)
func (taskMarket *TaskMarket) TryPackChallenge(id *big.Int, c TaskMarketChallenge) ([]byte, error) {
	return taskMarket.abi.Pack("challenge", id, c)
}

// UnpackChallenge is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x635154c7.
//
// Solidity: function challenge(uint256 id, (uint64,bytes32,bytes32[],bytes32,bytes32[]) c) returns(uint256 gameId)
func (taskMarket *TaskMarket) UnpackChallenge(data []byte) (*big.Int, error) {
	out, err := taskMarket.abi.Unpack("challenge", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackChunkRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x14d3d41b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function chunkRequest(uint256 id) view returns((bytes32,uint64))
func (taskMarket *TaskMarket) PackChunkRequest(id *big.Int) []byte {
	enc, err := taskMarket.abi.Pack("chunkRequest", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChunkRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x14d3d41b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function chunkRequest(uint256 id) view returns((bytes32,uint64))
func (taskMarket *TaskMarket) TryPackChunkRequest(id *big.Int) ([]byte, error) {
	return taskMarket.abi.Pack("chunkRequest", id)
}

// UnpackChunkRequest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x14d3d41b.
//
// Solidity: function chunkRequest(uint256 id) view returns((bytes32,uint64))
func (taskMarket *TaskMarket) UnpackChunkRequest(data []byte) (TaskMarketChunkRequest, error) {
	out, err := taskMarket.abi.Unpack("chunkRequest", data)
	if err != nil {
		return *new(TaskMarketChunkRequest), err
	}
	out0 := *abi.ConvertType(out[0], new(TaskMarketChunkRequest)).(*TaskMarketChunkRequest)
	return out0, nil
}

// PackClaimTask is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc60e34e3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimTask(uint256 id, bytes32 secretHash) returns()
func (taskMarket *TaskMarket) PackClaimTask(id *big.Int, secretHash [32]byte) []byte {
	enc, err := taskMarket.abi.Pack("claimTask", id, secretHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimTask is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc60e34e3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimTask(uint256 id, bytes32 secretHash) returns()
func (taskMarket *TaskMarket) TryPackClaimTask(id *big.Int, secretHash [32]byte) ([]byte, error) {
	return taskMarket.abi.Pack("claimTask", id, secretHash)
}

// PackCloseAttestation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa5394c0a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function closeAttestation(uint256 id, address attester, bytes32[] proof) returns()
func (taskMarket *TaskMarket) PackCloseAttestation(id *big.Int, attester common.Address, proof [][32]byte) []byte {
	enc, err := taskMarket.abi.Pack("closeAttestation", id, attester, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCloseAttestation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa5394c0a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function closeAttestation(uint256 id, address attester, bytes32[] proof) returns()
func (taskMarket *TaskMarket) TryPackCloseAttestation(id *big.Int, attester common.Address, proof [][32]byte) ([]byte, error) {
	return taskMarket.abi.Pack("closeAttestation", id, attester, proof)
}

// PackCommitTrace is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xffc48e77.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commitTrace(uint256 id, bytes32[] leaves) returns()
func (taskMarket *TaskMarket) PackCommitTrace(id *big.Int, leaves [][32]byte) []byte {
	enc, err := taskMarket.abi.Pack("commitTrace", id, leaves)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitTrace is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xffc48e77.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commitTrace(uint256 id, bytes32[] leaves) returns()
func (taskMarket *TaskMarket) TryPackCommitTrace(id *big.Int, leaves [][32]byte) ([]byte, error) {
	return taskMarket.abi.Pack("commitTrace", id, leaves)
}

// PackDecoyMask is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf5512164.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decoyMask(bytes32 secret, uint256 id) pure returns(uint32)
func (taskMarket *TaskMarket) PackDecoyMask(secret [32]byte, id *big.Int) []byte {
	enc, err := taskMarket.abi.Pack("decoyMask", secret, id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecoyMask is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf5512164.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decoyMask(bytes32 secret, uint256 id) pure returns(uint32)
func (taskMarket *TaskMarket) TryPackDecoyMask(secret [32]byte, id *big.Int) ([]byte, error) {
	return taskMarket.abi.Pack("decoyMask", secret, id)
}

// UnpackDecoyMask is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf5512164.
//
// Solidity: function decoyMask(bytes32 secret, uint256 id) pure returns(uint32)
func (taskMarket *TaskMarket) UnpackDecoyMask(data []byte) (uint32, error) {
	out, err := taskMarket.abi.Unpack("decoyMask", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackDeployBlock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa3ec191a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deployBlock() view returns(uint64)
func (taskMarket *TaskMarket) PackDeployBlock() []byte {
	enc, err := taskMarket.abi.Pack("deployBlock")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeployBlock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa3ec191a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deployBlock() view returns(uint64)
func (taskMarket *TaskMarket) TryPackDeployBlock() ([]byte, error) {
	return taskMarket.abi.Pack("deployBlock")
}

// UnpackDeployBlock is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa3ec191a.
//
// Solidity: function deployBlock() view returns(uint64)
func (taskMarket *TaskMarket) UnpackDeployBlock(data []byte) (uint64, error) {
	out, err := taskMarket.abi.Unpack("deployBlock", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd0e30db0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deposit() payable returns()
func (taskMarket *TaskMarket) PackDeposit() []byte {
	enc, err := taskMarket.abi.Pack("deposit")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd0e30db0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deposit() payable returns()
func (taskMarket *TaskMarket) TryPackDeposit() ([]byte, error) {
	return taskMarket.abi.Pack("deposit")
}

// PackDisputeAttestation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1af7453d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function disputeAttestation(uint256 id, address attester, (uint64,bytes32,bytes32[],bytes32,bytes32[]) c) returns(uint256 gameId)
func (taskMarket *TaskMarket) PackDisputeAttestation(id *big.Int, attester common.Address, c TaskMarketChallenge) []byte {
	enc, err := taskMarket.abi.Pack("disputeAttestation", id, attester, c)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDisputeAttestation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1af7453d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function disputeAttestation(uint256 id, address attester, (uint64,bytes32,bytes32[],bytes32,bytes32[]) c) returns(uint256 gameId)
func (taskMarket *TaskMarket) TryPackDisputeAttestation(id *big.Int, attester common.Address, c TaskMarketChallenge) ([]byte, error) {
	return taskMarket.abi.Pack("disputeAttestation", id, attester, c)
}

// UnpackDisputeAttestation is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1af7453d.
//
// Solidity: function disputeAttestation(uint256 id, address attester, (uint64,bytes32,bytes32[],bytes32,bytes32[]) c) returns(uint256 gameId)
func (taskMarket *TaskMarket) UnpackDisputeAttestation(data []byte) (*big.Int, error) {
	out, err := taskMarket.abi.Unpack("disputeAttestation", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDisputeOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb1eb0fb7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function disputeOf(uint256 ) view returns(address challenger, uint64 segment, address attester, uint64 task)
func (taskMarket *TaskMarket) PackDisputeOf(arg0 *big.Int) []byte {
	enc, err := taskMarket.abi.Pack("disputeOf", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDisputeOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb1eb0fb7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function disputeOf(uint256 ) view returns(address challenger, uint64 segment, address attester, uint64 task)
func (taskMarket *TaskMarket) TryPackDisputeOf(arg0 *big.Int) ([]byte, error) {
	return taskMarket.abi.Pack("disputeOf", arg0)
}

// DisputeOfOutput serves as a container for the return parameters of contract
// method DisputeOf.
type DisputeOfOutput struct {
	Challenger common.Address
	Segment    uint64
	Attester   common.Address
	Task       uint64
}

// UnpackDisputeOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb1eb0fb7.
//
// Solidity: function disputeOf(uint256 ) view returns(address challenger, uint64 segment, address attester, uint64 task)
func (taskMarket *TaskMarket) UnpackDisputeOf(data []byte) (DisputeOfOutput, error) {
	out, err := taskMarket.abi.Unpack("disputeOf", data)
	outstruct := new(DisputeOfOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Challenger = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Segment = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	outstruct.Attester = *abi.ConvertType(out[2], new(common.Address)).(*common.Address)
	outstruct.Task = *abi.ConvertType(out[3], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackDrawSeed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf5b02161.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function drawSeed(uint256 id) returns()
func (taskMarket *TaskMarket) PackDrawSeed(id *big.Int) []byte {
	enc, err := taskMarket.abi.Pack("drawSeed", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDrawSeed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf5b02161.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function drawSeed(uint256 id) returns()
func (taskMarket *TaskMarket) TryPackDrawSeed(id *big.Int) ([]byte, error) {
	return taskMarket.abi.Pack("drawSeed", id)
}

// PackFinalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x05261aea.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function finalize(uint256 id) returns()
func (taskMarket *TaskMarket) PackFinalize(id *big.Int) []byte {
	enc, err := taskMarket.abi.Pack("finalize", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFinalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x05261aea.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function finalize(uint256 id) returns()
func (taskMarket *TaskMarket) TryPackFinalize(id *big.Int) ([]byte, error) {
	return taskMarket.abi.Pack("finalize", id)
}

// PackFixClaimHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5abf0f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function fixClaimHash(uint256 id) returns()
func (taskMarket *TaskMarket) PackFixClaimHash(id *big.Int) []byte {
	enc, err := taskMarket.abi.Pack("fixClaimHash", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFixClaimHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5abf0f19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function fixClaimHash(uint256 id) returns()
func (taskMarket *TaskMarket) TryPackFixClaimHash(id *big.Int) ([]byte, error) {
	return taskMarket.abi.Pack("fixClaimHash", id)
}

// PackForcedError is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa1b49bdc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function forcedError(bytes32 secret, bytes32 claimHash, uint256 id, uint64 n, uint16 bps) pure returns(bool forced, uint64 f)
func (taskMarket *TaskMarket) PackForcedError(secret [32]byte, claimHash [32]byte, id *big.Int, n uint64, bps uint16) []byte {
	enc, err := taskMarket.abi.Pack("forcedError", secret, claimHash, id, n, bps)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackForcedError is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa1b49bdc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function forcedError(bytes32 secret, bytes32 claimHash, uint256 id, uint64 n, uint16 bps) pure returns(bool forced, uint64 f)
func (taskMarket *TaskMarket) TryPackForcedError(secret [32]byte, claimHash [32]byte, id *big.Int, n uint64, bps uint16) ([]byte, error) {
	return taskMarket.abi.Pack("forcedError", secret, claimHash, id, n, bps)
}

// ForcedErrorOutput serves as a container for the return parameters of contract
// method ForcedError.
type ForcedErrorOutput struct {
	Forced bool
	F      uint64
}

// UnpackForcedError is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa1b49bdc.
//
// Solidity: function forcedError(bytes32 secret, bytes32 claimHash, uint256 id, uint64 n, uint16 bps) pure returns(bool forced, uint64 f)
func (taskMarket *TaskMarket) UnpackForcedError(data []byte) (ForcedErrorOutput, error) {
	out, err := taskMarket.abi.Unpack("forcedError", data)
	outstruct := new(ForcedErrorOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Forced = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.F = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackFree is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc9b5bb17.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function free(address ) view returns(uint256)
func (taskMarket *TaskMarket) PackFree(arg0 common.Address) []byte {
	enc, err := taskMarket.abi.Pack("free", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFree is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc9b5bb17.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function free(address ) view returns(uint256)
func (taskMarket *TaskMarket) TryPackFree(arg0 common.Address) ([]byte, error) {
	return taskMarket.abi.Pack("free", arg0)
}

// UnpackFree is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc9b5bb17.
//
// Solidity: function free(address ) view returns(uint256)
func (taskMarket *TaskMarket) UnpackFree(data []byte) (*big.Int, error) {
	out, err := taskMarket.abi.Unpack("free", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGame is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc3fe3e28.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function game() view returns(address)
func (taskMarket *TaskMarket) PackGame() []byte {
	enc, err := taskMarket.abi.Pack("game")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGame is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc3fe3e28.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function game() view returns(address)
func (taskMarket *TaskMarket) TryPackGame() ([]byte, error) {
	return taskMarket.abi.Pack("game")
}

// UnpackGame is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc3fe3e28.
//
// Solidity: function game() view returns(address)
func (taskMarket *TaskMarket) UnpackGame(data []byte) (common.Address, error) {
	out, err := taskMarket.abi.Unpack("game", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGetAttestation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x17131dc7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getAttestation(uint256 id, address attester) view returns((uint8,uint64,uint64,bytes32,bytes32,uint32))
func (taskMarket *TaskMarket) PackGetAttestation(id *big.Int, attester common.Address) []byte {
	enc, err := taskMarket.abi.Pack("getAttestation", id, attester)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetAttestation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x17131dc7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getAttestation(uint256 id, address attester) view returns((uint8,uint64,uint64,bytes32,bytes32,uint32))
func (taskMarket *TaskMarket) TryPackGetAttestation(id *big.Int, attester common.Address) ([]byte, error) {
	return taskMarket.abi.Pack("getAttestation", id, attester)
}

// UnpackGetAttestation is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x17131dc7.
//
// Solidity: function getAttestation(uint256 id, address attester) view returns((uint8,uint64,uint64,bytes32,bytes32,uint32))
func (taskMarket *TaskMarket) UnpackGetAttestation(data []byte) (TaskMarketAttestation, error) {
	out, err := taskMarket.abi.Unpack("getAttestation", data)
	if err != nil {
		return *new(TaskMarketAttestation), err
	}
	out0 := *abi.ConvertType(out[0], new(TaskMarketAttestation)).(*TaskMarketAttestation)
	return out0, nil
}

// PackGetAudit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x17bf37a3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getAudit(uint256 id) view returns(((uint16,uint64,uint64,uint256,uint256,uint256,uint256,uint32),bytes32,bytes32,uint64,uint64,uint64,uint64,bool,bool,bool,uint64,uint64,bytes32,bytes32,uint32,uint32,uint256,uint256,uint256))
func (taskMarket *TaskMarket) PackGetAudit(id *big.Int) []byte {
	enc, err := taskMarket.abi.Pack("getAudit", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetAudit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x17bf37a3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getAudit(uint256 id) view returns(((uint16,uint64,uint64,uint256,uint256,uint256,uint256,uint32),bytes32,bytes32,uint64,uint64,uint64,uint64,bool,bool,bool,uint64,uint64,bytes32,bytes32,uint32,uint32,uint256,uint256,uint256))
func (taskMarket *TaskMarket) TryPackGetAudit(id *big.Int) ([]byte, error) {
	return taskMarket.abi.Pack("getAudit", id)
}

// UnpackGetAudit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x17bf37a3.
//
// Solidity: function getAudit(uint256 id) view returns(((uint16,uint64,uint64,uint256,uint256,uint256,uint256,uint32),bytes32,bytes32,uint64,uint64,uint64,uint64,bool,bool,bool,uint64,uint64,bytes32,bytes32,uint32,uint32,uint256,uint256,uint256))
func (taskMarket *TaskMarket) UnpackGetAudit(data []byte) (TaskMarketAuditState, error) {
	out, err := taskMarket.abi.Unpack("getAudit", data)
	if err != nil {
		return *new(TaskMarketAuditState), err
	}
	out0 := *abi.ConvertType(out[0], new(TaskMarketAuditState)).(*TaskMarketAuditState)
	return out0, nil
}

// PackGetTask is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1d65e77e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getTask(uint256 id) view returns(((bytes32,bytes32,bytes32,bytes32,bytes32,uint64,uint64,uint32,uint8),(uint256,uint256,uint64,uint64,uint64,uint64),address,address,uint256,uint8,uint64,uint64,uint32,uint16,uint64,bytes32,bytes32,bytes32))
func (taskMarket *TaskMarket) PackGetTask(id *big.Int) []byte {
	enc, err := taskMarket.abi.Pack("getTask", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetTask is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1d65e77e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getTask(uint256 id) view returns(((bytes32,bytes32,bytes32,bytes32,bytes32,uint64,uint64,uint32,uint8),(uint256,uint256,uint64,uint64,uint64,uint64),address,address,uint256,uint8,uint64,uint64,uint32,uint16,uint64,bytes32,bytes32,bytes32))
func (taskMarket *TaskMarket) TryPackGetTask(id *big.Int) ([]byte, error) {
	return taskMarket.abi.Pack("getTask", id)
}

// UnpackGetTask is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1d65e77e.
//
// Solidity: function getTask(uint256 id) view returns(((bytes32,bytes32,bytes32,bytes32,bytes32,uint64,uint64,uint32,uint8),(uint256,uint256,uint64,uint64,uint64,uint64),address,address,uint256,uint8,uint64,uint64,uint32,uint16,uint64,bytes32,bytes32,bytes32))
func (taskMarket *TaskMarket) UnpackGetTask(data []byte) (TaskMarketTask, error) {
	out, err := taskMarket.abi.Unpack("getTask", data)
	if err != nil {
		return *new(TaskMarketTask), err
	}
	out0 := *abi.ConvertType(out[0], new(TaskMarketTask)).(*TaskMarketTask)
	return out0, nil
}

// PackJoinAttestation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x87679f8e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function joinAttestation(uint256 id) returns()
func (taskMarket *TaskMarket) PackJoinAttestation(id *big.Int) []byte {
	enc, err := taskMarket.abi.Pack("joinAttestation", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackJoinAttestation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x87679f8e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function joinAttestation(uint256 id) returns()
func (taskMarket *TaskMarket) TryPackJoinAttestation(id *big.Int) ([]byte, error) {
	return taskMarket.abi.Pack("joinAttestation", id)
}

// PackLocked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcbf9fe5f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function locked(address ) view returns(uint256)
func (taskMarket *TaskMarket) PackLocked(arg0 common.Address) []byte {
	enc, err := taskMarket.abi.Pack("locked", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLocked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcbf9fe5f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function locked(address ) view returns(uint256)
func (taskMarket *TaskMarket) TryPackLocked(arg0 common.Address) ([]byte, error) {
	return taskMarket.abi.Pack("locked", arg0)
}

// UnpackLocked is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcbf9fe5f.
//
// Solidity: function locked(address ) view returns(uint256)
func (taskMarket *TaskMarket) UnpackLocked(data []byte) (*big.Int, error) {
	out, err := taskMarket.abi.Unpack("locked", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackNumCheckpoints is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x50589793.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function numCheckpoints(uint256 id) view returns(uint64)
func (taskMarket *TaskMarket) PackNumCheckpoints(id *big.Int) []byte {
	enc, err := taskMarket.abi.Pack("numCheckpoints", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNumCheckpoints is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x50589793.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function numCheckpoints(uint256 id) view returns(uint64)
func (taskMarket *TaskMarket) TryPackNumCheckpoints(id *big.Int) ([]byte, error) {
	return taskMarket.abi.Pack("numCheckpoints", id)
}

// UnpackNumCheckpoints is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x50589793.
//
// Solidity: function numCheckpoints(uint256 id) view returns(uint64)
func (taskMarket *TaskMarket) UnpackNumCheckpoints(data []byte) (uint64, error) {
	out, err := taskMarket.abi.Unpack("numCheckpoints", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackPostTask is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d92006.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function postTask((bytes32,bytes32,bytes32,bytes32,bytes32,uint64,uint64,uint32,uint8) spec, (uint256,uint256,uint64,uint64,uint64,uint64) terms, (uint16,uint64,uint64,uint256,uint256,uint256,uint256,uint32) audit) payable returns(uint256 id)
func (taskMarket *TaskMarket) PackPostTask(spec TaskMarketSpec, terms TaskMarketTerms, audit TaskMarketAudit) []byte {
	enc, err := taskMarket.abi.Pack("postTask", spec, terms, audit)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPostTask is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d92006.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function postTask((bytes32,bytes32,bytes32,bytes32,bytes32,uint64,uint64,uint32,uint8) spec, (uint256,uint256,uint64,uint64,uint64,uint64) terms, (uint16,uint64,uint64,uint256,uint256,uint256,uint256,uint32) audit) payable returns(uint256 id)
func (taskMarket *TaskMarket) TryPackPostTask(spec TaskMarketSpec, terms TaskMarketTerms, audit TaskMarketAudit) ([]byte, error) {
	return taskMarket.abi.Pack("postTask", spec, terms, audit)
}

// UnpackPostTask is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d92006.
//
// Solidity: function postTask((bytes32,bytes32,bytes32,bytes32,bytes32,uint64,uint64,uint32,uint8) spec, (uint256,uint256,uint64,uint64,uint64,uint64) terms, (uint16,uint64,uint64,uint256,uint256,uint256,uint256,uint32) audit) payable returns(uint256 id)
func (taskMarket *TaskMarket) UnpackPostTask(data []byte) (*big.Int, error) {
	out, err := taskMarket.abi.Unpack("postTask", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRequestChunks is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23d9f2bb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestChunks(uint256 id, uint64[] chunks) returns()
func (taskMarket *TaskMarket) PackRequestChunks(id *big.Int, chunks []uint64) []byte {
	enc, err := taskMarket.abi.Pack("requestChunks", id, chunks)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestChunks is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23d9f2bb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestChunks(uint256 id, uint64[] chunks) returns()
func (taskMarket *TaskMarket) TryPackRequestChunks(id *big.Int, chunks []uint64) ([]byte, error) {
	return taskMarket.abi.Pack("requestChunks", id, chunks)
}

// PackRequestWithdrawal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9ee679e8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestWithdrawal(uint256 amount) returns()
func (taskMarket *TaskMarket) PackRequestWithdrawal(amount *big.Int) []byte {
	enc, err := taskMarket.abi.Pack("requestWithdrawal", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestWithdrawal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9ee679e8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestWithdrawal(uint256 amount) returns()
func (taskMarket *TaskMarket) TryPackRequestWithdrawal(amount *big.Int) ([]byte, error) {
	return taskMarket.abi.Pack("requestWithdrawal", amount)
}

// PackRevealAttestation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x833b15ca.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revealAttestation(uint256 id, bytes32 endHash, bytes32 salt) returns()
func (taskMarket *TaskMarket) PackRevealAttestation(id *big.Int, endHash [32]byte, salt [32]byte) []byte {
	enc, err := taskMarket.abi.Pack("revealAttestation", id, endHash, salt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevealAttestation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x833b15ca.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revealAttestation(uint256 id, bytes32 endHash, bytes32 salt) returns()
func (taskMarket *TaskMarket) TryPackRevealAttestation(id *big.Int, endHash [32]byte, salt [32]byte) ([]byte, error) {
	return taskMarket.abi.Pack("revealAttestation", id, endHash, salt)
}

// PackRevealSecret is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4029c438.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revealSecret(uint256 id, bytes32 secret, bytes32[] proof, (uint256,bytes32,uint256,bytes32,bytes32[],bytes32[]) o) returns()
func (taskMarket *TaskMarket) PackRevealSecret(id *big.Int, secret [32]byte, proof [][32]byte, o TaskMarketDecoyOpening) []byte {
	enc, err := taskMarket.abi.Pack("revealSecret", id, secret, proof, o)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevealSecret is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4029c438.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revealSecret(uint256 id, bytes32 secret, bytes32[] proof, (uint256,bytes32,uint256,bytes32,bytes32[],bytes32[]) o) returns()
func (taskMarket *TaskMarket) TryPackRevealSecret(id *big.Int, secret [32]byte, proof [][32]byte, o TaskMarketDecoyOpening) ([]byte, error) {
	return taskMarket.abi.Pack("revealSecret", id, secret, proof, o)
}

// PackSettle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a9c29f6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settle(uint256 id, uint256 gameId) returns()
func (taskMarket *TaskMarket) PackSettle(id *big.Int, gameId *big.Int) []byte {
	enc, err := taskMarket.abi.Pack("settle", id, gameId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a9c29f6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settle(uint256 id, uint256 gameId) returns()
func (taskMarket *TaskMarket) TryPackSettle(id *big.Int, gameId *big.Int) ([]byte, error) {
	return taskMarket.abi.Pack("settle", id, gameId)
}

// PackSettleAttestation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8dbdcb6d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settleAttestation(uint256 id, address attester, uint256 gameId) returns()
func (taskMarket *TaskMarket) PackSettleAttestation(id *big.Int, attester common.Address, gameId *big.Int) []byte {
	enc, err := taskMarket.abi.Pack("settleAttestation", id, attester, gameId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettleAttestation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8dbdcb6d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settleAttestation(uint256 id, address attester, uint256 gameId) returns()
func (taskMarket *TaskMarket) TryPackSettleAttestation(id *big.Int, attester common.Address, gameId *big.Int) ([]byte, error) {
	return taskMarket.abi.Pack("settleAttestation", id, attester, gameId)
}

// PackTaskCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb6cb58a5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function taskCount() view returns(uint256)
func (taskMarket *TaskMarket) PackTaskCount() []byte {
	enc, err := taskMarket.abi.Pack("taskCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTaskCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb6cb58a5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function taskCount() view returns(uint256)
func (taskMarket *TaskMarket) TryPackTaskCount() ([]byte, error) {
	return taskMarket.abi.Pack("taskCount")
}

// UnpackTaskCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb6cb58a5.
//
// Solidity: function taskCount() view returns(uint256)
func (taskMarket *TaskMarket) UnpackTaskCount(data []byte) (*big.Int, error) {
	out, err := taskMarket.abi.Unpack("taskCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTotalEscrow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa3d89844.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalEscrow() view returns(uint256)
func (taskMarket *TaskMarket) PackTotalEscrow() []byte {
	enc, err := taskMarket.abi.Pack("totalEscrow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalEscrow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa3d89844.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalEscrow() view returns(uint256)
func (taskMarket *TaskMarket) TryPackTotalEscrow() ([]byte, error) {
	return taskMarket.abi.Pack("totalEscrow")
}

// UnpackTotalEscrow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa3d89844.
//
// Solidity: function totalEscrow() view returns(uint256)
func (taskMarket *TaskMarket) UnpackTotalEscrow(data []byte) (*big.Int, error) {
	out, err := taskMarket.abi.Unpack("totalEscrow", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTotalFree is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x333e44e6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalFree() view returns(uint256)
func (taskMarket *TaskMarket) PackTotalFree() []byte {
	enc, err := taskMarket.abi.Pack("totalFree")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalFree is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x333e44e6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalFree() view returns(uint256)
func (taskMarket *TaskMarket) TryPackTotalFree() ([]byte, error) {
	return taskMarket.abi.Pack("totalFree")
}

// UnpackTotalFree is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x333e44e6.
//
// Solidity: function totalFree() view returns(uint256)
func (taskMarket *TaskMarket) UnpackTotalFree(data []byte) (*big.Int, error) {
	out, err := taskMarket.abi.Unpack("totalFree", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTotalHeld is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf43cc773.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalHeld() view returns(uint256)
func (taskMarket *TaskMarket) PackTotalHeld() []byte {
	enc, err := taskMarket.abi.Pack("totalHeld")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalHeld is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf43cc773.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalHeld() view returns(uint256)
func (taskMarket *TaskMarket) TryPackTotalHeld() ([]byte, error) {
	return taskMarket.abi.Pack("totalHeld")
}

// UnpackTotalHeld is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf43cc773.
//
// Solidity: function totalHeld() view returns(uint256)
func (taskMarket *TaskMarket) UnpackTotalHeld(data []byte) (*big.Int, error) {
	out, err := taskMarket.abi.Unpack("totalHeld", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTotalJackpot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4a1d0eed.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalJackpot() view returns(uint256)
func (taskMarket *TaskMarket) PackTotalJackpot() []byte {
	enc, err := taskMarket.abi.Pack("totalJackpot")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalJackpot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4a1d0eed.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalJackpot() view returns(uint256)
func (taskMarket *TaskMarket) TryPackTotalJackpot() ([]byte, error) {
	return taskMarket.abi.Pack("totalJackpot")
}

// UnpackTotalJackpot is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4a1d0eed.
//
// Solidity: function totalJackpot() view returns(uint256)
func (taskMarket *TaskMarket) UnpackTotalJackpot(data []byte) (*big.Int, error) {
	out, err := taskMarket.abi.Unpack("totalJackpot", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTotalLocked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56891412.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalLocked() view returns(uint256)
func (taskMarket *TaskMarket) PackTotalLocked() []byte {
	enc, err := taskMarket.abi.Pack("totalLocked")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalLocked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56891412.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalLocked() view returns(uint256)
func (taskMarket *TaskMarket) TryPackTotalLocked() ([]byte, error) {
	return taskMarket.abi.Pack("totalLocked")
}

// UnpackTotalLocked is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x56891412.
//
// Solidity: function totalLocked() view returns(uint256)
func (taskMarket *TaskMarket) UnpackTotalLocked(data []byte) (*big.Int, error) {
	out, err := taskMarket.abi.Unpack("totalLocked", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTotalUnbonding is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x350fd0be.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalUnbonding() view returns(uint256)
func (taskMarket *TaskMarket) PackTotalUnbonding() []byte {
	enc, err := taskMarket.abi.Pack("totalUnbonding")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalUnbonding is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x350fd0be.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalUnbonding() view returns(uint256)
func (taskMarket *TaskMarket) TryPackTotalUnbonding() ([]byte, error) {
	return taskMarket.abi.Pack("totalUnbonding")
}

// UnpackTotalUnbonding is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x350fd0be.
//
// Solidity: function totalUnbonding() view returns(uint256)
func (taskMarket *TaskMarket) UnpackTotalUnbonding(data []byte) (*big.Int, error) {
	out, err := taskMarket.abi.Unpack("totalUnbonding", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTreasury is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61d027b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function treasury() view returns(address)
func (taskMarket *TaskMarket) PackTreasury() []byte {
	enc, err := taskMarket.abi.Pack("treasury")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTreasury is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61d027b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function treasury() view returns(address)
func (taskMarket *TaskMarket) TryPackTreasury() ([]byte, error) {
	return taskMarket.abi.Pack("treasury")
}

// UnpackTreasury is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x61d027b3.
//
// Solidity: function treasury() view returns(address)
func (taskMarket *TaskMarket) UnpackTreasury(data []byte) (common.Address, error) {
	out, err := taskMarket.abi.Unpack("treasury", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackUnbonding is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xced4cd2e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unbonding(address ) view returns(uint256 amount, uint64 releaseAt)
func (taskMarket *TaskMarket) PackUnbonding(arg0 common.Address) []byte {
	enc, err := taskMarket.abi.Pack("unbonding", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnbonding is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xced4cd2e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unbonding(address ) view returns(uint256 amount, uint64 releaseAt)
func (taskMarket *TaskMarket) TryPackUnbonding(arg0 common.Address) ([]byte, error) {
	return taskMarket.abi.Pack("unbonding", arg0)
}

// UnbondingOutput serves as a container for the return parameters of contract
// method Unbonding.
type UnbondingOutput struct {
	Amount    *big.Int
	ReleaseAt uint64
}

// UnpackUnbonding is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xced4cd2e.
//
// Solidity: function unbonding(address ) view returns(uint256 amount, uint64 releaseAt)
func (taskMarket *TaskMarket) UnpackUnbonding(data []byte) (UnbondingOutput, error) {
	out, err := taskMarket.abi.Unpack("unbonding", data)
	outstruct := new(UnbondingOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Amount = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.ReleaseAt = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackUnbondingDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb7dd35a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unbondingDelay() view returns(uint64)
func (taskMarket *TaskMarket) PackUnbondingDelay() []byte {
	enc, err := taskMarket.abi.Pack("unbondingDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnbondingDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb7dd35a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unbondingDelay() view returns(uint64)
func (taskMarket *TaskMarket) TryPackUnbondingDelay() ([]byte, error) {
	return taskMarket.abi.Pack("unbondingDelay")
}

// UnpackUnbondingDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdb7dd35a.
//
// Solidity: function unbondingDelay() view returns(uint64)
func (taskMarket *TaskMarket) UnpackUnbondingDelay(data []byte) (uint64, error) {
	out, err := taskMarket.abi.Unpack("unbondingDelay", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackWinnerShareBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xac9380d6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function winnerShareBps() view returns(uint16)
func (taskMarket *TaskMarket) PackWinnerShareBps() []byte {
	enc, err := taskMarket.abi.Pack("winnerShareBps")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWinnerShareBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xac9380d6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function winnerShareBps() view returns(uint16)
func (taskMarket *TaskMarket) TryPackWinnerShareBps() ([]byte, error) {
	return taskMarket.abi.Pack("winnerShareBps")
}

// UnpackWinnerShareBps is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xac9380d6.
//
// Solidity: function winnerShareBps() view returns(uint16)
func (taskMarket *TaskMarket) UnpackWinnerShareBps(data []byte) (uint16, error) {
	out, err := taskMarket.abi.Unpack("winnerShareBps", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw() returns()
func (taskMarket *TaskMarket) PackWithdraw() []byte {
	enc, err := taskMarket.abi.Pack("withdraw")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw() returns()
func (taskMarket *TaskMarket) TryPackWithdraw() ([]byte, error) {
	return taskMarket.abi.Pack("withdraw")
}

// TaskMarketAnnounced represents a Announced event raised by the TaskMarket contract.
type TaskMarketAnnounced struct {
	Who  common.Address
	Info []byte
	Raw  *types.Log // Blockchain specific contextual infos
}

const TaskMarketAnnouncedEventName = "Announced"

// ContractEventName returns the user-defined event name.
func (TaskMarketAnnounced) ContractEventName() string {
	return TaskMarketAnnouncedEventName
}

// UnpackAnnouncedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Announced(address indexed who, bytes info)
func (taskMarket *TaskMarket) UnpackAnnouncedEvent(log *types.Log) (*TaskMarketAnnounced, error) {
	event := "Announced"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketAnnounced)
	if len(log.Data) > 0 {
		if err := taskMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarket.abi.Events[event].Inputs {
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

// TaskMarketAttestJoined represents a AttestJoined event raised by the TaskMarket contract.
type TaskMarketAttestJoined struct {
	Id        *big.Int
	Attester  common.Address
	JoinBlock uint64
	Raw       *types.Log // Blockchain specific contextual infos
}

const TaskMarketAttestJoinedEventName = "AttestJoined"

// ContractEventName returns the user-defined event name.
func (TaskMarketAttestJoined) ContractEventName() string {
	return TaskMarketAttestJoinedEventName
}

// UnpackAttestJoinedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AttestJoined(uint256 indexed id, address indexed attester, uint64 joinBlock)
func (taskMarket *TaskMarket) UnpackAttestJoinedEvent(log *types.Log) (*TaskMarketAttestJoined, error) {
	event := "AttestJoined"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketAttestJoined)
	if len(log.Data) > 0 {
		if err := taskMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarket.abi.Events[event].Inputs {
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

// TaskMarketAttestPhase represents a AttestPhase event raised by the TaskMarket contract.
type TaskMarketAttestPhase struct {
	Id        *big.Int
	AttestEnd uint64
	RevealEnd uint64
	SecretEnd uint64
	Raw       *types.Log // Blockchain specific contextual infos
}

const TaskMarketAttestPhaseEventName = "AttestPhase"

// ContractEventName returns the user-defined event name.
func (TaskMarketAttestPhase) ContractEventName() string {
	return TaskMarketAttestPhaseEventName
}

// UnpackAttestPhaseEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AttestPhase(uint256 indexed id, uint64 attestEnd, uint64 revealEnd, uint64 secretEnd)
func (taskMarket *TaskMarket) UnpackAttestPhaseEvent(log *types.Log) (*TaskMarketAttestPhase, error) {
	event := "AttestPhase"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketAttestPhase)
	if len(log.Data) > 0 {
		if err := taskMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarket.abi.Events[event].Inputs {
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

// TaskMarketAttestationClosed represents a AttestationClosed event raised by the TaskMarket contract.
type TaskMarketAttestationClosed struct {
	Id       *big.Int
	Attester common.Address
	Outcome  uint8
	Paid     *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const TaskMarketAttestationClosedEventName = "AttestationClosed"

// ContractEventName returns the user-defined event name.
func (TaskMarketAttestationClosed) ContractEventName() string {
	return TaskMarketAttestationClosedEventName
}

// UnpackAttestationClosedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AttestationClosed(uint256 indexed id, address indexed attester, uint8 outcome, uint256 paid)
func (taskMarket *TaskMarket) UnpackAttestationClosedEvent(log *types.Log) (*TaskMarketAttestationClosed, error) {
	event := "AttestationClosed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketAttestationClosed)
	if len(log.Data) > 0 {
		if err := taskMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarket.abi.Events[event].Inputs {
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

// TaskMarketAttestationDisputed represents a AttestationDisputed event raised by the TaskMarket contract.
type TaskMarketAttestationDisputed struct {
	Id         *big.Int
	Attester   common.Address
	Challenger common.Address
	Game       *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const TaskMarketAttestationDisputedEventName = "AttestationDisputed"

// ContractEventName returns the user-defined event name.
func (TaskMarketAttestationDisputed) ContractEventName() string {
	return TaskMarketAttestationDisputedEventName
}

// UnpackAttestationDisputedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AttestationDisputed(uint256 indexed id, address indexed attester, address indexed challenger, uint256 game)
func (taskMarket *TaskMarket) UnpackAttestationDisputedEvent(log *types.Log) (*TaskMarketAttestationDisputed, error) {
	event := "AttestationDisputed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketAttestationDisputed)
	if len(log.Data) > 0 {
		if err := taskMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarket.abi.Events[event].Inputs {
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

// TaskMarketAttestationRevealed represents a AttestationRevealed event raised by the TaskMarket contract.
type TaskMarketAttestationRevealed struct {
	Id       *big.Int
	Attester common.Address
	Segment  uint64
	EndHash  [32]byte
	Raw      *types.Log // Blockchain specific contextual infos
}

const TaskMarketAttestationRevealedEventName = "AttestationRevealed"

// ContractEventName returns the user-defined event name.
func (TaskMarketAttestationRevealed) ContractEventName() string {
	return TaskMarketAttestationRevealedEventName
}

// UnpackAttestationRevealedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AttestationRevealed(uint256 indexed id, address indexed attester, uint64 segment, bytes32 endHash)
func (taskMarket *TaskMarket) UnpackAttestationRevealedEvent(log *types.Log) (*TaskMarketAttestationRevealed, error) {
	event := "AttestationRevealed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketAttestationRevealed)
	if len(log.Data) > 0 {
		if err := taskMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarket.abi.Events[event].Inputs {
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

// TaskMarketAttestationSettled represents a AttestationSettled event raised by the TaskMarket contract.
type TaskMarketAttestationSettled struct {
	Id          *big.Int
	Attester    common.Address
	Game        *big.Int
	AttesterWon bool
	Raw         *types.Log // Blockchain specific contextual infos
}

const TaskMarketAttestationSettledEventName = "AttestationSettled"

// ContractEventName returns the user-defined event name.
func (TaskMarketAttestationSettled) ContractEventName() string {
	return TaskMarketAttestationSettledEventName
}

// UnpackAttestationSettledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AttestationSettled(uint256 indexed id, address indexed attester, uint256 game, bool attesterWon)
func (taskMarket *TaskMarket) UnpackAttestationSettledEvent(log *types.Log) (*TaskMarketAttestationSettled, error) {
	event := "AttestationSettled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketAttestationSettled)
	if len(log.Data) > 0 {
		if err := taskMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarket.abi.Events[event].Inputs {
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

// TaskMarketAttested represents a Attested event raised by the TaskMarket contract.
type TaskMarketAttested struct {
	Id       *big.Int
	Attester common.Address
	Segment  uint64
	Raw      *types.Log // Blockchain specific contextual infos
}

const TaskMarketAttestedEventName = "Attested"

// ContractEventName returns the user-defined event name.
func (TaskMarketAttested) ContractEventName() string {
	return TaskMarketAttestedEventName
}

// UnpackAttestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Attested(uint256 indexed id, address indexed attester, uint64 segment)
func (taskMarket *TaskMarket) UnpackAttestedEvent(log *types.Log) (*TaskMarketAttested, error) {
	event := "Attested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketAttested)
	if len(log.Data) > 0 {
		if err := taskMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarket.abi.Events[event].Inputs {
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

// TaskMarketChallenged represents a Challenged event raised by the TaskMarket contract.
type TaskMarketChallenged struct {
	Id         *big.Int
	Challenger common.Address
	Segment    uint64
	Game       *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const TaskMarketChallengedEventName = "Challenged"

// ContractEventName returns the user-defined event name.
func (TaskMarketChallenged) ContractEventName() string {
	return TaskMarketChallengedEventName
}

// UnpackChallengedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Challenged(uint256 indexed id, address indexed challenger, uint64 segment, uint256 game)
func (taskMarket *TaskMarket) UnpackChallengedEvent(log *types.Log) (*TaskMarketChallenged, error) {
	event := "Challenged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketChallenged)
	if len(log.Data) > 0 {
		if err := taskMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarket.abi.Events[event].Inputs {
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

// TaskMarketChunksAnswered represents a ChunksAnswered event raised by the TaskMarket contract.
type TaskMarketChunksAnswered struct {
	Id     *big.Int
	By     common.Address
	Chunks []uint64
	Leaves [][32]byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const TaskMarketChunksAnsweredEventName = "ChunksAnswered"

// ContractEventName returns the user-defined event name.
func (TaskMarketChunksAnswered) ContractEventName() string {
	return TaskMarketChunksAnsweredEventName
}

// UnpackChunksAnsweredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ChunksAnswered(uint256 indexed id, address by, uint64[] chunks, bytes32[] leaves)
func (taskMarket *TaskMarket) UnpackChunksAnsweredEvent(log *types.Log) (*TaskMarketChunksAnswered, error) {
	event := "ChunksAnswered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketChunksAnswered)
	if len(log.Data) > 0 {
		if err := taskMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarket.abi.Events[event].Inputs {
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

// TaskMarketChunksRequested represents a ChunksRequested event raised by the TaskMarket contract.
type TaskMarketChunksRequested struct {
	Id       *big.Int
	Chunks   []uint64
	AnswerBy uint64
	Raw      *types.Log // Blockchain specific contextual infos
}

const TaskMarketChunksRequestedEventName = "ChunksRequested"

// ContractEventName returns the user-defined event name.
func (TaskMarketChunksRequested) ContractEventName() string {
	return TaskMarketChunksRequestedEventName
}

// UnpackChunksRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ChunksRequested(uint256 indexed id, uint64[] chunks, uint64 answerBy)
func (taskMarket *TaskMarket) UnpackChunksRequestedEvent(log *types.Log) (*TaskMarketChunksRequested, error) {
	event := "ChunksRequested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketChunksRequested)
	if len(log.Data) > 0 {
		if err := taskMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarket.abi.Events[event].Inputs {
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

// TaskMarketCredited represents a Credited event raised by the TaskMarket contract.
type TaskMarketCredited struct {
	Who    common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const TaskMarketCreditedEventName = "Credited"

// ContractEventName returns the user-defined event name.
func (TaskMarketCredited) ContractEventName() string {
	return TaskMarketCreditedEventName
}

// UnpackCreditedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Credited(address indexed who, uint256 amount)
func (taskMarket *TaskMarket) UnpackCreditedEvent(log *types.Log) (*TaskMarketCredited, error) {
	event := "Credited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketCredited)
	if len(log.Data) > 0 {
		if err := taskMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarket.abi.Events[event].Inputs {
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

// TaskMarketDeposited represents a Deposited event raised by the TaskMarket contract.
type TaskMarketDeposited struct {
	Who    common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const TaskMarketDepositedEventName = "Deposited"

// ContractEventName returns the user-defined event name.
func (TaskMarketDeposited) ContractEventName() string {
	return TaskMarketDepositedEventName
}

// UnpackDepositedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Deposited(address indexed who, uint256 amount)
func (taskMarket *TaskMarket) UnpackDepositedEvent(log *types.Log) (*TaskMarketDeposited, error) {
	event := "Deposited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketDeposited)
	if len(log.Data) > 0 {
		if err := taskMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarket.abi.Events[event].Inputs {
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

// TaskMarketDisputeSettled represents a DisputeSettled event raised by the TaskMarket contract.
type TaskMarketDisputeSettled struct {
	Id        *big.Int
	Game      *big.Int
	SolverWon bool
	Raw       *types.Log // Blockchain specific contextual infos
}

const TaskMarketDisputeSettledEventName = "DisputeSettled"

// ContractEventName returns the user-defined event name.
func (TaskMarketDisputeSettled) ContractEventName() string {
	return TaskMarketDisputeSettledEventName
}

// UnpackDisputeSettledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DisputeSettled(uint256 indexed id, uint256 game, bool solverWon)
func (taskMarket *TaskMarket) UnpackDisputeSettledEvent(log *types.Log) (*TaskMarketDisputeSettled, error) {
	event := "DisputeSettled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketDisputeSettled)
	if len(log.Data) > 0 {
		if err := taskMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarket.abi.Events[event].Inputs {
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

// TaskMarketJackpotFunded represents a JackpotFunded event raised by the TaskMarket contract.
type TaskMarketJackpotFunded struct {
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const TaskMarketJackpotFundedEventName = "JackpotFunded"

// ContractEventName returns the user-defined event name.
func (TaskMarketJackpotFunded) ContractEventName() string {
	return TaskMarketJackpotFundedEventName
}

// UnpackJackpotFundedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JackpotFunded(uint256 amount)
func (taskMarket *TaskMarket) UnpackJackpotFundedEvent(log *types.Log) (*TaskMarketJackpotFunded, error) {
	event := "JackpotFunded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketJackpotFunded)
	if len(log.Data) > 0 {
		if err := taskMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarket.abi.Events[event].Inputs {
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

// TaskMarketLocked represents a Locked event raised by the TaskMarket contract.
type TaskMarketLocked struct {
	Who    common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const TaskMarketLockedEventName = "Locked"

// ContractEventName returns the user-defined event name.
func (TaskMarketLocked) ContractEventName() string {
	return TaskMarketLockedEventName
}

// UnpackLockedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Locked(address indexed who, uint256 amount)
func (taskMarket *TaskMarket) UnpackLockedEvent(log *types.Log) (*TaskMarketLocked, error) {
	event := "Locked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketLocked)
	if len(log.Data) > 0 {
		if err := taskMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarket.abi.Events[event].Inputs {
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

// TaskMarketSecretRevealed represents a SecretRevealed event raised by the TaskMarket contract.
type TaskMarketSecretRevealed struct {
	Id           *big.Int
	Forced       bool
	Segment      uint64
	TraceRoot    [32]byte
	Finders      uint32
	JackpotShare *big.Int
	Raw          *types.Log // Blockchain specific contextual infos
}

const TaskMarketSecretRevealedEventName = "SecretRevealed"

// ContractEventName returns the user-defined event name.
func (TaskMarketSecretRevealed) ContractEventName() string {
	return TaskMarketSecretRevealedEventName
}

// UnpackSecretRevealedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SecretRevealed(uint256 indexed id, bool forced, uint64 segment, bytes32 traceRoot, uint32 finders, uint256 jackpotShare)
func (taskMarket *TaskMarket) UnpackSecretRevealedEvent(log *types.Log) (*TaskMarketSecretRevealed, error) {
	event := "SecretRevealed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketSecretRevealed)
	if len(log.Data) > 0 {
		if err := taskMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarket.abi.Events[event].Inputs {
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

// TaskMarketSeedDrawnEvent represents a SeedDrawnEvent event raised by the TaskMarket contract.
type TaskMarketSeedDrawnEvent struct {
	Id        *big.Int
	Seed      [32]byte
	FromBlock *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const TaskMarketSeedDrawnEventEventName = "SeedDrawnEvent"

// ContractEventName returns the user-defined event name.
func (TaskMarketSeedDrawnEvent) ContractEventName() string {
	return TaskMarketSeedDrawnEventEventName
}

// UnpackSeedDrawnEventEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SeedDrawnEvent(uint256 indexed id, bytes32 seed, uint256 fromBlock)
func (taskMarket *TaskMarket) UnpackSeedDrawnEventEvent(log *types.Log) (*TaskMarketSeedDrawnEvent, error) {
	event := "SeedDrawnEvent"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketSeedDrawnEvent)
	if len(log.Data) > 0 {
		if err := taskMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarket.abi.Events[event].Inputs {
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

// TaskMarketSlashed represents a Slashed event raised by the TaskMarket contract.
type TaskMarketSlashed struct {
	Who        common.Address
	Amount     *big.Int
	Winner     common.Address
	Paid       *big.Int
	ToTreasury *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const TaskMarketSlashedEventName = "Slashed"

// ContractEventName returns the user-defined event name.
func (TaskMarketSlashed) ContractEventName() string {
	return TaskMarketSlashedEventName
}

// UnpackSlashedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Slashed(address indexed who, uint256 amount, address indexed winner, uint256 paid, uint256 toTreasury)
func (taskMarket *TaskMarket) UnpackSlashedEvent(log *types.Log) (*TaskMarketSlashed, error) {
	event := "Slashed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketSlashed)
	if len(log.Data) > 0 {
		if err := taskMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarket.abi.Events[event].Inputs {
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

// TaskMarketTaskClaimed represents a TaskClaimed event raised by the TaskMarket contract.
type TaskMarketTaskClaimed struct {
	Id       *big.Int
	Solver   common.Address
	CommitBy uint64
	Raw      *types.Log // Blockchain specific contextual infos
}

const TaskMarketTaskClaimedEventName = "TaskClaimed"

// ContractEventName returns the user-defined event name.
func (TaskMarketTaskClaimed) ContractEventName() string {
	return TaskMarketTaskClaimedEventName
}

// UnpackTaskClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskClaimed(uint256 indexed id, address indexed solver, uint64 commitBy)
func (taskMarket *TaskMarket) UnpackTaskClaimedEvent(log *types.Log) (*TaskMarketTaskClaimed, error) {
	event := "TaskClaimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketTaskClaimed)
	if len(log.Data) > 0 {
		if err := taskMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarket.abi.Events[event].Inputs {
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

// TaskMarketTaskFinalized represents a TaskFinalized event raised by the TaskMarket contract.
type TaskMarketTaskFinalized struct {
	Id     *big.Int
	Status uint8
	Raw    *types.Log // Blockchain specific contextual infos
}

const TaskMarketTaskFinalizedEventName = "TaskFinalized"

// ContractEventName returns the user-defined event name.
func (TaskMarketTaskFinalized) ContractEventName() string {
	return TaskMarketTaskFinalizedEventName
}

// UnpackTaskFinalizedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskFinalized(uint256 indexed id, uint8 status)
func (taskMarket *TaskMarket) UnpackTaskFinalizedEvent(log *types.Log) (*TaskMarketTaskFinalized, error) {
	event := "TaskFinalized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketTaskFinalized)
	if len(log.Data) > 0 {
		if err := taskMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarket.abi.Events[event].Inputs {
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

// TaskMarketTaskPosted represents a TaskPosted event raised by the TaskMarket contract.
type TaskMarketTaskPosted struct {
	Id        *big.Int
	Submitter common.Address
	Reward    *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const TaskMarketTaskPostedEventName = "TaskPosted"

// ContractEventName returns the user-defined event name.
func (TaskMarketTaskPosted) ContractEventName() string {
	return TaskMarketTaskPostedEventName
}

// UnpackTaskPostedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskPosted(uint256 indexed id, address indexed submitter, uint256 reward)
func (taskMarket *TaskMarket) UnpackTaskPostedEvent(log *types.Log) (*TaskMarketTaskPosted, error) {
	event := "TaskPosted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketTaskPosted)
	if len(log.Data) > 0 {
		if err := taskMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarket.abi.Events[event].Inputs {
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

// TaskMarketTraceCommitted represents a TraceCommitted event raised by the TaskMarket contract.
type TaskMarketTraceCommitted struct {
	Id        *big.Int
	TraceRoot [32]byte
	FinalRoot [32]byte
	WindowEnd uint64
	Raw       *types.Log // Blockchain specific contextual infos
}

const TaskMarketTraceCommittedEventName = "TraceCommitted"

// ContractEventName returns the user-defined event name.
func (TaskMarketTraceCommitted) ContractEventName() string {
	return TaskMarketTraceCommittedEventName
}

// UnpackTraceCommittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TraceCommitted(uint256 indexed id, bytes32 traceRoot, bytes32 finalRoot, uint64 windowEnd)
func (taskMarket *TaskMarket) UnpackTraceCommittedEvent(log *types.Log) (*TaskMarketTraceCommitted, error) {
	event := "TraceCommitted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketTraceCommitted)
	if len(log.Data) > 0 {
		if err := taskMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarket.abi.Events[event].Inputs {
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

// TaskMarketTraceLeaves represents a TraceLeaves event raised by the TaskMarket contract.
type TaskMarketTraceLeaves struct {
	Id     *big.Int
	Leaves [][32]byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const TaskMarketTraceLeavesEventName = "TraceLeaves"

// ContractEventName returns the user-defined event name.
func (TaskMarketTraceLeaves) ContractEventName() string {
	return TaskMarketTraceLeavesEventName
}

// UnpackTraceLeavesEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TraceLeaves(uint256 indexed id, bytes32[] leaves)
func (taskMarket *TaskMarket) UnpackTraceLeavesEvent(log *types.Log) (*TaskMarketTraceLeaves, error) {
	event := "TraceLeaves"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketTraceLeaves)
	if len(log.Data) > 0 {
		if err := taskMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarket.abi.Events[event].Inputs {
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

// TaskMarketUnlocked represents a Unlocked event raised by the TaskMarket contract.
type TaskMarketUnlocked struct {
	Who    common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const TaskMarketUnlockedEventName = "Unlocked"

// ContractEventName returns the user-defined event name.
func (TaskMarketUnlocked) ContractEventName() string {
	return TaskMarketUnlockedEventName
}

// UnpackUnlockedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unlocked(address indexed who, uint256 amount)
func (taskMarket *TaskMarket) UnpackUnlockedEvent(log *types.Log) (*TaskMarketUnlocked, error) {
	event := "Unlocked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketUnlocked)
	if len(log.Data) > 0 {
		if err := taskMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarket.abi.Events[event].Inputs {
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

// TaskMarketWithdrawalRequested represents a WithdrawalRequested event raised by the TaskMarket contract.
type TaskMarketWithdrawalRequested struct {
	Who       common.Address
	Amount    *big.Int
	ReleaseAt uint64
	Raw       *types.Log // Blockchain specific contextual infos
}

const TaskMarketWithdrawalRequestedEventName = "WithdrawalRequested"

// ContractEventName returns the user-defined event name.
func (TaskMarketWithdrawalRequested) ContractEventName() string {
	return TaskMarketWithdrawalRequestedEventName
}

// UnpackWithdrawalRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event WithdrawalRequested(address indexed who, uint256 amount, uint64 releaseAt)
func (taskMarket *TaskMarket) UnpackWithdrawalRequestedEvent(log *types.Log) (*TaskMarketWithdrawalRequested, error) {
	event := "WithdrawalRequested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketWithdrawalRequested)
	if len(log.Data) > 0 {
		if err := taskMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarket.abi.Events[event].Inputs {
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

// TaskMarketWithdrawn represents a Withdrawn event raised by the TaskMarket contract.
type TaskMarketWithdrawn struct {
	Who    common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const TaskMarketWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (TaskMarketWithdrawn) ContractEventName() string {
	return TaskMarketWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed who, uint256 amount)
func (taskMarket *TaskMarket) UnpackWithdrawnEvent(log *types.Log) (*TaskMarketWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketWithdrawn)
	if len(log.Data) > 0 {
		if err := taskMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarket.abi.Events[event].Inputs {
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
func (taskMarket *TaskMarket) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["AlreadyAttested"].ID.Bytes()[:4]) {
		return taskMarket.UnpackAlreadyAttestedError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["AttestExpired"].ID.Bytes()[:4]) {
		return taskMarket.UnpackAttestExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["AttestersFull"].ID.Bytes()[:4]) {
		return taskMarket.UnpackAttestersFullError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["BadChunks"].ID.Bytes()[:4]) {
		return taskMarket.UnpackBadChunksError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["BadConfig"].ID.Bytes()[:4]) {
		return taskMarket.UnpackBadConfigError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["BadProof"].ID.Bytes()[:4]) {
		return taskMarket.UnpackBadProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["BadReveal"].ID.Bytes()[:4]) {
		return taskMarket.UnpackBadRevealError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["BadSecret"].ID.Bytes()[:4]) {
		return taskMarket.UnpackBadSecretError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["BadTask"].ID.Bytes()[:4]) {
		return taskMarket.UnpackBadTaskError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["BadTrace"].ID.Bytes()[:4]) {
		return taskMarket.UnpackBadTraceError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["ChunksPending"].ID.Bytes()[:4]) {
		return taskMarket.UnpackChunksPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["ClaimHashExpired"].ID.Bytes()[:4]) {
		return taskMarket.UnpackClaimHashExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["GamePending"].ID.Bytes()[:4]) {
		return taskMarket.UnpackGamePendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["InfoTooLong"].ID.Bytes()[:4]) {
		return taskMarket.UnpackInfoTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["InsufficientFree"].ID.Bytes()[:4]) {
		return taskMarket.UnpackInsufficientFreeError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["LazyAttestation"].ID.Bytes()[:4]) {
		return taskMarket.UnpackLazyAttestationError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["NoAudit"].ID.Bytes()[:4]) {
		return taskMarket.UnpackNoAuditError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["NoChunkRequest"].ID.Bytes()[:4]) {
		return taskMarket.UnpackNoChunkRequestError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["NoDispute"].ID.Bytes()[:4]) {
		return taskMarket.UnpackNoDisputeError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["NoSeed"].ID.Bytes()[:4]) {
		return taskMarket.UnpackNoSeedError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["NotSolver"].ID.Bytes()[:4]) {
		return taskMarket.UnpackNotSolverError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["NotSubmitter"].ID.Bytes()[:4]) {
		return taskMarket.UnpackNotSubmitterError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["NothingToWithdraw"].ID.Bytes()[:4]) {
		return taskMarket.UnpackNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["ProofIndexTooLarge"].ID.Bytes()[:4]) {
		return taskMarket.UnpackProofIndexTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["Reentrant"].ID.Bytes()[:4]) {
		return taskMarket.UnpackReentrantError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["SecretAlreadyRevealed"].ID.Bytes()[:4]) {
		return taskMarket.UnpackSecretAlreadyRevealedError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["SecretNotRevealed"].ID.Bytes()[:4]) {
		return taskMarket.UnpackSecretNotRevealedError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["SeedDrawn"].ID.Bytes()[:4]) {
		return taskMarket.UnpackSeedDrawnError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["SeedExpired"].ID.Bytes()[:4]) {
		return taskMarket.UnpackSeedExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["SeedNotReady"].ID.Bytes()[:4]) {
		return taskMarket.UnpackSeedNotReadyError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["SelfChallenge"].ID.Bytes()[:4]) {
		return taskMarket.UnpackSelfChallengeError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["SolverCannotAttest"].ID.Bytes()[:4]) {
		return taskMarket.UnpackSolverCannotAttestError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["StillUnbonding"].ID.Bytes()[:4]) {
		return taskMarket.UnpackStillUnbondingError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["TermOutOfBounds"].ID.Bytes()[:4]) {
		return taskMarket.UnpackTermOutOfBoundsError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["TooEarly"].ID.Bytes()[:4]) {
		return taskMarket.UnpackTooEarlyError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["TooLate"].ID.Bytes()[:4]) {
		return taskMarket.UnpackTooLateError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["TransferFailed"].ID.Bytes()[:4]) {
		return taskMarket.UnpackTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["VoidAttestation"].ID.Bytes()[:4]) {
		return taskMarket.UnpackVoidAttestationError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["WrongAttestation"].ID.Bytes()[:4]) {
		return taskMarket.UnpackWrongAttestationError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["WrongStatus"].ID.Bytes()[:4]) {
		return taskMarket.UnpackWrongStatusError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["ZeroAmount"].ID.Bytes()[:4]) {
		return taskMarket.UnpackZeroAmountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// TaskMarketAlreadyAttested represents a AlreadyAttested error raised by the TaskMarket contract.
type TaskMarketAlreadyAttested struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyAttested()
func TaskMarketAlreadyAttestedErrorID() common.Hash {
	return common.HexToHash("0x35d90805a5fbe56fbda37791516ccf4edce05e235ef9c358af24fe6086d2e971")
}

// UnpackAlreadyAttestedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyAttested()
func (taskMarket *TaskMarket) UnpackAlreadyAttestedError(raw []byte) (*TaskMarketAlreadyAttested, error) {
	out := new(TaskMarketAlreadyAttested)
	if err := taskMarket.abi.UnpackIntoInterface(out, "AlreadyAttested", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketAttestExpired represents a AttestExpired error raised by the TaskMarket contract.
type TaskMarketAttestExpired struct {
	LastBlock uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AttestExpired(uint64 lastBlock)
func TaskMarketAttestExpiredErrorID() common.Hash {
	return common.HexToHash("0x734e2b7977d9de95918fe01736455c6424844ee3a12bc3532da7e4ebe8196654")
}

// UnpackAttestExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AttestExpired(uint64 lastBlock)
func (taskMarket *TaskMarket) UnpackAttestExpiredError(raw []byte) (*TaskMarketAttestExpired, error) {
	out := new(TaskMarketAttestExpired)
	if err := taskMarket.abi.UnpackIntoInterface(out, "AttestExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketAttestersFull represents a AttestersFull error raised by the TaskMarket contract.
type TaskMarketAttestersFull struct {
	Max uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AttestersFull(uint32 max)
func TaskMarketAttestersFullErrorID() common.Hash {
	return common.HexToHash("0xfa17747b26e42c58a1f92f22e64b06d2d5083fbcf8d72baacea4e3b9a998a33b")
}

// UnpackAttestersFullError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AttestersFull(uint32 max)
func (taskMarket *TaskMarket) UnpackAttestersFullError(raw []byte) (*TaskMarketAttestersFull, error) {
	out := new(TaskMarketAttestersFull)
	if err := taskMarket.abi.UnpackIntoInterface(out, "AttestersFull", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketBadChunks represents a BadChunks error raised by the TaskMarket contract.
type TaskMarketBadChunks struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadChunks()
func TaskMarketBadChunksErrorID() common.Hash {
	return common.HexToHash("0xa7efde27a5c334cbcc976ab64ceecc9b954662a29bed254ab5dcff0b07450425")
}

// UnpackBadChunksError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadChunks()
func (taskMarket *TaskMarket) UnpackBadChunksError(raw []byte) (*TaskMarketBadChunks, error) {
	out := new(TaskMarketBadChunks)
	if err := taskMarket.abi.UnpackIntoInterface(out, "BadChunks", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketBadConfig represents a BadConfig error raised by the TaskMarket contract.
type TaskMarketBadConfig struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadConfig()
func TaskMarketBadConfigErrorID() common.Hash {
	return common.HexToHash("0x07cc321ce71a3eebb30014b3b8f136f5e867b17e2b76292bf086143aa7c7b50c")
}

// UnpackBadConfigError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadConfig()
func (taskMarket *TaskMarket) UnpackBadConfigError(raw []byte) (*TaskMarketBadConfig, error) {
	out := new(TaskMarketBadConfig)
	if err := taskMarket.abi.UnpackIntoInterface(out, "BadConfig", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketBadProof represents a BadProof error raised by the TaskMarket contract.
type TaskMarketBadProof struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadProof()
func TaskMarketBadProofErrorID() common.Hash {
	return common.HexToHash("0x7ca55c774976027f27f73629387ed99a2044a8721aec39c3c2717944b08c423a")
}

// UnpackBadProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadProof()
func (taskMarket *TaskMarket) UnpackBadProofError(raw []byte) (*TaskMarketBadProof, error) {
	out := new(TaskMarketBadProof)
	if err := taskMarket.abi.UnpackIntoInterface(out, "BadProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketBadReveal represents a BadReveal error raised by the TaskMarket contract.
type TaskMarketBadReveal struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadReveal()
func TaskMarketBadRevealErrorID() common.Hash {
	return common.HexToHash("0x8ff14e0d07ca4f2f9380e8c8365d9e1548f71c5a569f55c866b261c9c71709b2")
}

// UnpackBadRevealError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadReveal()
func (taskMarket *TaskMarket) UnpackBadRevealError(raw []byte) (*TaskMarketBadReveal, error) {
	out := new(TaskMarketBadReveal)
	if err := taskMarket.abi.UnpackIntoInterface(out, "BadReveal", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketBadSecret represents a BadSecret error raised by the TaskMarket contract.
type TaskMarketBadSecret struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadSecret()
func TaskMarketBadSecretErrorID() common.Hash {
	return common.HexToHash("0xe1dcd597db6f16ac06203cb6e671eb1def701531596b304a9941b6923c0a0dde")
}

// UnpackBadSecretError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadSecret()
func (taskMarket *TaskMarket) UnpackBadSecretError(raw []byte) (*TaskMarketBadSecret, error) {
	out := new(TaskMarketBadSecret)
	if err := taskMarket.abi.UnpackIntoInterface(out, "BadSecret", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketBadTask represents a BadTask error raised by the TaskMarket contract.
type TaskMarketBadTask struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadTask()
func TaskMarketBadTaskErrorID() common.Hash {
	return common.HexToHash("0x6921e3b4501e22d9432ff1aa53895407028d819f4cd2f84e43baa8d4e5840bb8")
}

// UnpackBadTaskError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadTask()
func (taskMarket *TaskMarket) UnpackBadTaskError(raw []byte) (*TaskMarketBadTask, error) {
	out := new(TaskMarketBadTask)
	if err := taskMarket.abi.UnpackIntoInterface(out, "BadTask", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketBadTrace represents a BadTrace error raised by the TaskMarket contract.
type TaskMarketBadTrace struct {
	Leaves *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadTrace(uint256 leaves)
func TaskMarketBadTraceErrorID() common.Hash {
	return common.HexToHash("0xf2a64333e6331551dea74cebca6417ead627318b7bbc2e5e4a753033d4f10c59")
}

// UnpackBadTraceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadTrace(uint256 leaves)
func (taskMarket *TaskMarket) UnpackBadTraceError(raw []byte) (*TaskMarketBadTrace, error) {
	out := new(TaskMarketBadTrace)
	if err := taskMarket.abi.UnpackIntoInterface(out, "BadTrace", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketChunksPending represents a ChunksPending error raised by the TaskMarket contract.
type TaskMarketChunksPending struct {
	AnswerBy uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ChunksPending(uint64 answerBy)
func TaskMarketChunksPendingErrorID() common.Hash {
	return common.HexToHash("0xe39c43134f3aa36c3e29320b75cb43a73fc99d8e7f77b72937a0b37c7b0ae960")
}

// UnpackChunksPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ChunksPending(uint64 answerBy)
func (taskMarket *TaskMarket) UnpackChunksPendingError(raw []byte) (*TaskMarketChunksPending, error) {
	out := new(TaskMarketChunksPending)
	if err := taskMarket.abi.UnpackIntoInterface(out, "ChunksPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketClaimHashExpired represents a ClaimHashExpired error raised by the TaskMarket contract.
type TaskMarketClaimHashExpired struct {
	LastBlock uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClaimHashExpired(uint64 lastBlock)
func TaskMarketClaimHashExpiredErrorID() common.Hash {
	return common.HexToHash("0x20268a388a124265d674f53e5954eb5c53b84fd3dd64cfcd28fee992f59b4643")
}

// UnpackClaimHashExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClaimHashExpired(uint64 lastBlock)
func (taskMarket *TaskMarket) UnpackClaimHashExpiredError(raw []byte) (*TaskMarketClaimHashExpired, error) {
	out := new(TaskMarketClaimHashExpired)
	if err := taskMarket.abi.UnpackIntoInterface(out, "ClaimHashExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketGamePending represents a GamePending error raised by the TaskMarket contract.
type TaskMarketGamePending struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GamePending()
func TaskMarketGamePendingErrorID() common.Hash {
	return common.HexToHash("0x8f9461a2587960a8fa5c5d202fc3eb2a80444aaa674fe2300966c2401d47ed4e")
}

// UnpackGamePendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GamePending()
func (taskMarket *TaskMarket) UnpackGamePendingError(raw []byte) (*TaskMarketGamePending, error) {
	out := new(TaskMarketGamePending)
	if err := taskMarket.abi.UnpackIntoInterface(out, "GamePending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketInfoTooLong represents a InfoTooLong error raised by the TaskMarket contract.
type TaskMarketInfoTooLong struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InfoTooLong(uint256 length)
func TaskMarketInfoTooLongErrorID() common.Hash {
	return common.HexToHash("0x6a2391f3a84042e60d229558c74ec367948f08359b623969026d32b8ec962208")
}

// UnpackInfoTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InfoTooLong(uint256 length)
func (taskMarket *TaskMarket) UnpackInfoTooLongError(raw []byte) (*TaskMarketInfoTooLong, error) {
	out := new(TaskMarketInfoTooLong)
	if err := taskMarket.abi.UnpackIntoInterface(out, "InfoTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketInsufficientFree represents a InsufficientFree error raised by the TaskMarket contract.
type TaskMarketInsufficientFree struct {
	Have *big.Int
	Want *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientFree(uint256 have, uint256 want)
func TaskMarketInsufficientFreeErrorID() common.Hash {
	return common.HexToHash("0x62b244c07094747609d4e57615429a9c2e20827b39a98bb745072bcff24ab63f")
}

// UnpackInsufficientFreeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientFree(uint256 have, uint256 want)
func (taskMarket *TaskMarket) UnpackInsufficientFreeError(raw []byte) (*TaskMarketInsufficientFree, error) {
	out := new(TaskMarketInsufficientFree)
	if err := taskMarket.abi.UnpackIntoInterface(out, "InsufficientFree", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketLazyAttestation represents a LazyAttestation error raised by the TaskMarket contract.
type TaskMarketLazyAttestation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LazyAttestation()
func TaskMarketLazyAttestationErrorID() common.Hash {
	return common.HexToHash("0x1b57bab3e083a0d80137f84cadf1299e603b4be9d4473026d052b321f17c509e")
}

// UnpackLazyAttestationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LazyAttestation()
func (taskMarket *TaskMarket) UnpackLazyAttestationError(raw []byte) (*TaskMarketLazyAttestation, error) {
	out := new(TaskMarketLazyAttestation)
	if err := taskMarket.abi.UnpackIntoInterface(out, "LazyAttestation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketNoAudit represents a NoAudit error raised by the TaskMarket contract.
type TaskMarketNoAudit struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoAudit()
func TaskMarketNoAuditErrorID() common.Hash {
	return common.HexToHash("0xb528ce78fc7c9b91d1fc4e6fc6c9cc1ef0587632c2f2a08afa27fd24f45ec88f")
}

// UnpackNoAuditError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoAudit()
func (taskMarket *TaskMarket) UnpackNoAuditError(raw []byte) (*TaskMarketNoAudit, error) {
	out := new(TaskMarketNoAudit)
	if err := taskMarket.abi.UnpackIntoInterface(out, "NoAudit", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketNoChunkRequest represents a NoChunkRequest error raised by the TaskMarket contract.
type TaskMarketNoChunkRequest struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoChunkRequest()
func TaskMarketNoChunkRequestErrorID() common.Hash {
	return common.HexToHash("0x58568b51d780bd6a09e56274fa8971343cedf9927ec568c4fbb80a2afbdff27c")
}

// UnpackNoChunkRequestError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoChunkRequest()
func (taskMarket *TaskMarket) UnpackNoChunkRequestError(raw []byte) (*TaskMarketNoChunkRequest, error) {
	out := new(TaskMarketNoChunkRequest)
	if err := taskMarket.abi.UnpackIntoInterface(out, "NoChunkRequest", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketNoDispute represents a NoDispute error raised by the TaskMarket contract.
type TaskMarketNoDispute struct {
	Game *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoDispute(uint256 game)
func TaskMarketNoDisputeErrorID() common.Hash {
	return common.HexToHash("0xa80d67dddd1f45ba3a6034d8306eb423887b4a175f6adbf160379b0b66481bbe")
}

// UnpackNoDisputeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoDispute(uint256 game)
func (taskMarket *TaskMarket) UnpackNoDisputeError(raw []byte) (*TaskMarketNoDispute, error) {
	out := new(TaskMarketNoDispute)
	if err := taskMarket.abi.UnpackIntoInterface(out, "NoDispute", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketNoSeed represents a NoSeed error raised by the TaskMarket contract.
type TaskMarketNoSeed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoSeed()
func TaskMarketNoSeedErrorID() common.Hash {
	return common.HexToHash("0xd46b67629292245bfadc318b35d69cd1b4fed79a01bf73d9db95f9169f80b2c9")
}

// UnpackNoSeedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoSeed()
func (taskMarket *TaskMarket) UnpackNoSeedError(raw []byte) (*TaskMarketNoSeed, error) {
	out := new(TaskMarketNoSeed)
	if err := taskMarket.abi.UnpackIntoInterface(out, "NoSeed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketNotSolver represents a NotSolver error raised by the TaskMarket contract.
type TaskMarketNotSolver struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotSolver()
func TaskMarketNotSolverErrorID() common.Hash {
	return common.HexToHash("0xc139eabd1a4f258a1bb0bfdf8d80b8fb8155b7a1621f556f1b0e09968920c78d")
}

// UnpackNotSolverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotSolver()
func (taskMarket *TaskMarket) UnpackNotSolverError(raw []byte) (*TaskMarketNotSolver, error) {
	out := new(TaskMarketNotSolver)
	if err := taskMarket.abi.UnpackIntoInterface(out, "NotSolver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketNotSubmitter represents a NotSubmitter error raised by the TaskMarket contract.
type TaskMarketNotSubmitter struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotSubmitter()
func TaskMarketNotSubmitterErrorID() common.Hash {
	return common.HexToHash("0xc54468844a8e74bd8b093fc850800ed8f8048a67fab2713d63196574dad21ba4")
}

// UnpackNotSubmitterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotSubmitter()
func (taskMarket *TaskMarket) UnpackNotSubmitterError(raw []byte) (*TaskMarketNotSubmitter, error) {
	out := new(TaskMarketNotSubmitter)
	if err := taskMarket.abi.UnpackIntoInterface(out, "NotSubmitter", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketNothingToWithdraw represents a NothingToWithdraw error raised by the TaskMarket contract.
type TaskMarketNothingToWithdraw struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToWithdraw()
func TaskMarketNothingToWithdrawErrorID() common.Hash {
	return common.HexToHash("0xd0d04f60bf4f7629141a1f00f5d2908fa0f3e15bf4cbf8bb8edc6fcbdf2509fa")
}

// UnpackNothingToWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToWithdraw()
func (taskMarket *TaskMarket) UnpackNothingToWithdrawError(raw []byte) (*TaskMarketNothingToWithdraw, error) {
	out := new(TaskMarketNothingToWithdraw)
	if err := taskMarket.abi.UnpackIntoInterface(out, "NothingToWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketProofIndexTooLarge represents a ProofIndexTooLarge error raised by the TaskMarket contract.
type TaskMarketProofIndexTooLarge struct {
	Index      *big.Int
	PathLength *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProofIndexTooLarge(uint256 index, uint256 pathLength)
func TaskMarketProofIndexTooLargeErrorID() common.Hash {
	return common.HexToHash("0x177e5bcb08cf89a768a67353bdbf94c7be8b9c5e1b10b3969d3a7cd1c4dd15c7")
}

// UnpackProofIndexTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProofIndexTooLarge(uint256 index, uint256 pathLength)
func (taskMarket *TaskMarket) UnpackProofIndexTooLargeError(raw []byte) (*TaskMarketProofIndexTooLarge, error) {
	out := new(TaskMarketProofIndexTooLarge)
	if err := taskMarket.abi.UnpackIntoInterface(out, "ProofIndexTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketReentrant represents a Reentrant error raised by the TaskMarket contract.
type TaskMarketReentrant struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Reentrant()
func TaskMarketReentrantErrorID() common.Hash {
	return common.HexToHash("0xed3ba6a62877a99990a32617b4e001f2c85c7886f010c9b166e8438fd38bcb40")
}

// UnpackReentrantError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Reentrant()
func (taskMarket *TaskMarket) UnpackReentrantError(raw []byte) (*TaskMarketReentrant, error) {
	out := new(TaskMarketReentrant)
	if err := taskMarket.abi.UnpackIntoInterface(out, "Reentrant", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketSecretAlreadyRevealed represents a SecretAlreadyRevealed error raised by the TaskMarket contract.
type TaskMarketSecretAlreadyRevealed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SecretAlreadyRevealed()
func TaskMarketSecretAlreadyRevealedErrorID() common.Hash {
	return common.HexToHash("0x75dde69b68ea4a9b6e87da216d5a15f98a878e845fd30794770700361869b9e3")
}

// UnpackSecretAlreadyRevealedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SecretAlreadyRevealed()
func (taskMarket *TaskMarket) UnpackSecretAlreadyRevealedError(raw []byte) (*TaskMarketSecretAlreadyRevealed, error) {
	out := new(TaskMarketSecretAlreadyRevealed)
	if err := taskMarket.abi.UnpackIntoInterface(out, "SecretAlreadyRevealed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketSecretNotRevealed represents a SecretNotRevealed error raised by the TaskMarket contract.
type TaskMarketSecretNotRevealed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SecretNotRevealed()
func TaskMarketSecretNotRevealedErrorID() common.Hash {
	return common.HexToHash("0xbb55aad0f0c53ed898563602a922cc6407ee088179d35477ffa029a3f3e7db5c")
}

// UnpackSecretNotRevealedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SecretNotRevealed()
func (taskMarket *TaskMarket) UnpackSecretNotRevealedError(raw []byte) (*TaskMarketSecretNotRevealed, error) {
	out := new(TaskMarketSecretNotRevealed)
	if err := taskMarket.abi.UnpackIntoInterface(out, "SecretNotRevealed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketSeedDrawn represents a SeedDrawn error raised by the TaskMarket contract.
type TaskMarketSeedDrawn struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SeedDrawn()
func TaskMarketSeedDrawnErrorID() common.Hash {
	return common.HexToHash("0xa1b97eaa194c93065f1094ad854f337c401da249edafabbc5a8189cb64b3f1e3")
}

// UnpackSeedDrawnError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SeedDrawn()
func (taskMarket *TaskMarket) UnpackSeedDrawnError(raw []byte) (*TaskMarketSeedDrawn, error) {
	out := new(TaskMarketSeedDrawn)
	if err := taskMarket.abi.UnpackIntoInterface(out, "SeedDrawn", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketSeedExpired represents a SeedExpired error raised by the TaskMarket contract.
type TaskMarketSeedExpired struct {
	LastBlock uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SeedExpired(uint64 lastBlock)
func TaskMarketSeedExpiredErrorID() common.Hash {
	return common.HexToHash("0x1f697f9cca754ba0d8d9b4dd848757b6b962e788ff2ae4d69b3ecc524d0ac39f")
}

// UnpackSeedExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SeedExpired(uint64 lastBlock)
func (taskMarket *TaskMarket) UnpackSeedExpiredError(raw []byte) (*TaskMarketSeedExpired, error) {
	out := new(TaskMarketSeedExpired)
	if err := taskMarket.abi.UnpackIntoInterface(out, "SeedExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketSeedNotReady represents a SeedNotReady error raised by the TaskMarket contract.
type TaskMarketSeedNotReady struct {
	AtBlock uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SeedNotReady(uint64 atBlock)
func TaskMarketSeedNotReadyErrorID() common.Hash {
	return common.HexToHash("0x02c32a2ded6a884902067b2ecedffb35e60172bb0e3614bc08bd2b9fdd715e2e")
}

// UnpackSeedNotReadyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SeedNotReady(uint64 atBlock)
func (taskMarket *TaskMarket) UnpackSeedNotReadyError(raw []byte) (*TaskMarketSeedNotReady, error) {
	out := new(TaskMarketSeedNotReady)
	if err := taskMarket.abi.UnpackIntoInterface(out, "SeedNotReady", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketSelfChallenge represents a SelfChallenge error raised by the TaskMarket contract.
type TaskMarketSelfChallenge struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SelfChallenge()
func TaskMarketSelfChallengeErrorID() common.Hash {
	return common.HexToHash("0x706cd3811f9061dda748864fbad14571c2d33a69fc1ecc9c6510e02bfd9660b9")
}

// UnpackSelfChallengeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SelfChallenge()
func (taskMarket *TaskMarket) UnpackSelfChallengeError(raw []byte) (*TaskMarketSelfChallenge, error) {
	out := new(TaskMarketSelfChallenge)
	if err := taskMarket.abi.UnpackIntoInterface(out, "SelfChallenge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketSolverCannotAttest represents a SolverCannotAttest error raised by the TaskMarket contract.
type TaskMarketSolverCannotAttest struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SolverCannotAttest()
func TaskMarketSolverCannotAttestErrorID() common.Hash {
	return common.HexToHash("0x414aa7c2b91574420a3df2751135219458bb184a96c7379cbe5a41e0d7c42fb0")
}

// UnpackSolverCannotAttestError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SolverCannotAttest()
func (taskMarket *TaskMarket) UnpackSolverCannotAttestError(raw []byte) (*TaskMarketSolverCannotAttest, error) {
	out := new(TaskMarketSolverCannotAttest)
	if err := taskMarket.abi.UnpackIntoInterface(out, "SolverCannotAttest", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketStillUnbonding represents a StillUnbonding error raised by the TaskMarket contract.
type TaskMarketStillUnbonding struct {
	ReleaseAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StillUnbonding(uint64 releaseAt)
func TaskMarketStillUnbondingErrorID() common.Hash {
	return common.HexToHash("0xbe8a527b36e3a85424bdbcbe45bc0c9bc214cdd0608b4b49f3c6d9c19da3611c")
}

// UnpackStillUnbondingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StillUnbonding(uint64 releaseAt)
func (taskMarket *TaskMarket) UnpackStillUnbondingError(raw []byte) (*TaskMarketStillUnbonding, error) {
	out := new(TaskMarketStillUnbonding)
	if err := taskMarket.abi.UnpackIntoInterface(out, "StillUnbonding", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketTermOutOfBounds represents a TermOutOfBounds error raised by the TaskMarket contract.
type TaskMarketTermOutOfBounds struct {
	Term uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TermOutOfBounds(uint8 term)
func TaskMarketTermOutOfBoundsErrorID() common.Hash {
	return common.HexToHash("0x3fac402bc7903bc2b7974eeb4282cf6095519f147f2954911e0e730db3919a1d")
}

// UnpackTermOutOfBoundsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TermOutOfBounds(uint8 term)
func (taskMarket *TaskMarket) UnpackTermOutOfBoundsError(raw []byte) (*TaskMarketTermOutOfBounds, error) {
	out := new(TaskMarketTermOutOfBounds)
	if err := taskMarket.abi.UnpackIntoInterface(out, "TermOutOfBounds", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketTooEarly represents a TooEarly error raised by the TaskMarket contract.
type TaskMarketTooEarly struct {
	When uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooEarly(uint64 when)
func TaskMarketTooEarlyErrorID() common.Hash {
	return common.HexToHash("0xd606d83fc5c7e56637c0959f5077c3a15f782b710d7eab50461ed55fd6deb6ae")
}

// UnpackTooEarlyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooEarly(uint64 when)
func (taskMarket *TaskMarket) UnpackTooEarlyError(raw []byte) (*TaskMarketTooEarly, error) {
	out := new(TaskMarketTooEarly)
	if err := taskMarket.abi.UnpackIntoInterface(out, "TooEarly", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketTooLate represents a TooLate error raised by the TaskMarket contract.
type TaskMarketTooLate struct {
	Deadline uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooLate(uint64 deadline)
func TaskMarketTooLateErrorID() common.Hash {
	return common.HexToHash("0x4d673a06590205f21674ad45375abc81b85de145ee567806f534cab23841a1cf")
}

// UnpackTooLateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooLate(uint64 deadline)
func (taskMarket *TaskMarket) UnpackTooLateError(raw []byte) (*TaskMarketTooLate, error) {
	out := new(TaskMarketTooLate)
	if err := taskMarket.abi.UnpackIntoInterface(out, "TooLate", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketTransferFailed represents a TransferFailed error raised by the TaskMarket contract.
type TaskMarketTransferFailed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferFailed()
func TaskMarketTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x90b8ec1877afffd816d05d9b13947f3ff18ec5851c38bad15ec2b710f92391b1")
}

// UnpackTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferFailed()
func (taskMarket *TaskMarket) UnpackTransferFailedError(raw []byte) (*TaskMarketTransferFailed, error) {
	out := new(TaskMarketTransferFailed)
	if err := taskMarket.abi.UnpackIntoInterface(out, "TransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketVoidAttestation represents a VoidAttestation error raised by the TaskMarket contract.
type TaskMarketVoidAttestation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error VoidAttestation()
func TaskMarketVoidAttestationErrorID() common.Hash {
	return common.HexToHash("0xe5fa05017936367989191d0a2bf78a991346eefde714ee6f716a161639ca2ee1")
}

// UnpackVoidAttestationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error VoidAttestation()
func (taskMarket *TaskMarket) UnpackVoidAttestationError(raw []byte) (*TaskMarketVoidAttestation, error) {
	out := new(TaskMarketVoidAttestation)
	if err := taskMarket.abi.UnpackIntoInterface(out, "VoidAttestation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketWrongAttestation represents a WrongAttestation error raised by the TaskMarket contract.
type TaskMarketWrongAttestation struct {
	Have uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongAttestation(uint8 have)
func TaskMarketWrongAttestationErrorID() common.Hash {
	return common.HexToHash("0x5c4ff07df9dd3df359f8cd3c0e34edf70cd62c87a0eb81e718aaa35457b123de")
}

// UnpackWrongAttestationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongAttestation(uint8 have)
func (taskMarket *TaskMarket) UnpackWrongAttestationError(raw []byte) (*TaskMarketWrongAttestation, error) {
	out := new(TaskMarketWrongAttestation)
	if err := taskMarket.abi.UnpackIntoInterface(out, "WrongAttestation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketWrongStatus represents a WrongStatus error raised by the TaskMarket contract.
type TaskMarketWrongStatus struct {
	Have uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongStatus(uint8 have)
func TaskMarketWrongStatusErrorID() common.Hash {
	return common.HexToHash("0x359011ccd738a108d04e7a1ab24582560fddd574ce22131d066f1d19eed7398c")
}

// UnpackWrongStatusError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongStatus(uint8 have)
func (taskMarket *TaskMarket) UnpackWrongStatusError(raw []byte) (*TaskMarketWrongStatus, error) {
	out := new(TaskMarketWrongStatus)
	if err := taskMarket.abi.UnpackIntoInterface(out, "WrongStatus", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketZeroAmount represents a ZeroAmount error raised by the TaskMarket contract.
type TaskMarketZeroAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAmount()
func TaskMarketZeroAmountErrorID() common.Hash {
	return common.HexToHash("0x1f2a2005cb66a8e145327e8814e243a0996aec9bfe1e15a495778b1236dbd485")
}

// UnpackZeroAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAmount()
func (taskMarket *TaskMarket) UnpackZeroAmountError(raw []byte) (*TaskMarketZeroAmount, error) {
	out := new(TaskMarketZeroAmount)
	if err := taskMarket.abi.UnpackIntoInterface(out, "ZeroAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}
