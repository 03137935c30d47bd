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
	Slot       uint32
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
	Drawn             uint32
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
	ABI: "[{\"inputs\":[{\"internalType\":\"contractPinpointGame\",\"name\":\"game_\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"unbondingDelay_\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"treasury_\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"winnerShareBps_\",\"type\":\"uint16\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AlreadyAttested\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"lastBlock\",\"type\":\"uint64\"}],\"name\":\"AttestExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"max\",\"type\":\"uint32\"}],\"name\":\"AttestersFull\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadChunks\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadConfig\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadProof\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadReveal\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadSecret\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadTask\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaves\",\"type\":\"uint256\"}],\"name\":\"BadTrace\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"answerBy\",\"type\":\"uint64\"}],\"name\":\"ChunksPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"lastBlock\",\"type\":\"uint64\"}],\"name\":\"ClaimHashExpired\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"GamePending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"InfoTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"have\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"InsufficientFree\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LazyAttestation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoAudit\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoChunkRequest\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"game\",\"type\":\"uint256\"}],\"name\":\"NoDispute\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoSeed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotSolver\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotSubmitter\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pathLength\",\"type\":\"uint256\"}],\"name\":\"ProofIndexTooLarge\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"Reentrant\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SecretAlreadyRevealed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SecretNotRevealed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SeedDrawn\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"lastBlock\",\"type\":\"uint64\"}],\"name\":\"SeedExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"atBlock\",\"type\":\"uint64\"}],\"name\":\"SeedNotReady\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SelfChallenge\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SolverCannotAttest\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"releaseAt\",\"type\":\"uint64\"}],\"name\":\"StillUnbonding\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumTaskMarket.Term\",\"name\":\"term\",\"type\":\"uint8\"}],\"name\":\"TermOutOfBounds\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"when\",\"type\":\"uint64\"}],\"name\":\"TooEarly\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"TooLate\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"VoidAttestation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumTaskMarketAttState\",\"name\":\"have\",\"type\":\"uint8\"}],\"name\":\"WrongAttestation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumTaskMarketStatus\",\"name\":\"have\",\"type\":\"uint8\"}],\"name\":\"WrongStatus\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"info\",\"type\":\"bytes\"}],\"name\":\"Announced\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"joinBlock\",\"type\":\"uint64\"}],\"name\":\"AttestJoined\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"attestEnd\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"revealEnd\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"secretEnd\",\"type\":\"uint64\"}],\"name\":\"AttestPhase\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"enumTaskMarketOutcome\",\"name\":\"outcome\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"}],\"name\":\"AttestationClosed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"game\",\"type\":\"uint256\"}],\"name\":\"AttestationDisputed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"segment\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"endHash\",\"type\":\"bytes32\"}],\"name\":\"AttestationRevealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"game\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"attesterWon\",\"type\":\"bool\"}],\"name\":\"AttestationSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"segment\",\"type\":\"uint64\"}],\"name\":\"Attested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"segment\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"game\",\"type\":\"uint256\"}],\"name\":\"Challenged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"added\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"maxAttesters\",\"type\":\"uint32\"}],\"name\":\"ChecksAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64[]\",\"name\":\"chunks\",\"type\":\"uint64[]\"},{\"indexed\":false,\"internalType\":\"bytes32[]\",\"name\":\"leaves\",\"type\":\"bytes32[]\"}],\"name\":\"ChunksAnswered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64[]\",\"name\":\"chunks\",\"type\":\"uint64[]\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"answerBy\",\"type\":\"uint64\"}],\"name\":\"ChunksRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Credited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Deposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"game\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"solverWon\",\"type\":\"bool\"}],\"name\":\"DisputeSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"JackpotFunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Locked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"forced\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"segment\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"finders\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"jackpotShare\",\"type\":\"uint256\"}],\"name\":\"SecretRevealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fromBlock\",\"type\":\"uint256\"}],\"name\":\"SeedDrawnEvent\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"winner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"toTreasury\",\"type\":\"uint256\"}],\"name\":\"Slashed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"commitBy\",\"type\":\"uint64\"}],\"name\":\"TaskClaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"enumTaskMarketStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"TaskFinalized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"}],\"name\":\"TaskPosted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"finalRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"windowEnd\",\"type\":\"uint64\"}],\"name\":\"TraceCommitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32[]\",\"name\":\"leaves\",\"type\":\"bytes32[]\"}],\"name\":\"TraceLeaves\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Unlocked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"releaseAt\",\"type\":\"uint64\"}],\"name\":\"WithdrawalRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"ATTEST_BOUNTY_BPS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_CHECKPOINTS\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_CHUNKS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_INFO\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_INTERVAL\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_NODES\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_STATE_DEPTH\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_STEPS\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_WINDOW\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MIN_WINDOW\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"POOL_DRAW_BPS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SEED_DELAY\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SEED_WINDOW\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"n\",\"type\":\"uint32\"}],\"name\":\"addChecks\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"info\",\"type\":\"bytes\"}],\"name\":\"announce\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64[]\",\"name\":\"chunks\",\"type\":\"uint64[]\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"headerHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"dataPath\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"statePath\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes\",\"name\":\"header\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structTaskMarketChunkOpening[]\",\"name\":\"o\",\"type\":\"tuple[]\"}],\"name\":\"answerChunks\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"assignment\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"name\":\"attest\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"}],\"name\":\"attestSegment\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"auditModule\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"cancelTask\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"segment\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"startProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"endProof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structTaskMarketChallenge\",\"name\":\"c\",\"type\":\"tuple\"}],\"name\":\"challenge\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"chunkRequest\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"wanted\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"answerBy\",\"type\":\"uint64\"}],\"internalType\":\"structTaskMarketChunkRequest\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"secretHash\",\"type\":\"bytes32\"}],\"name\":\"claimTask\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"closeAttestation\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"leaves\",\"type\":\"bytes32[]\"}],\"name\":\"commitTrace\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"secret\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"decoyMask\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deployBlock\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"segment\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"startProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"endProof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structTaskMarketChallenge\",\"name\":\"c\",\"type\":\"tuple\"}],\"name\":\"disputeAttestation\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"disputeOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"segment\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"task\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"drawSeed\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"finalize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"fixClaimHash\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"secret\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"claimHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"n\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"bps\",\"type\":\"uint16\"}],\"name\":\"forcedError\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"forced\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"f\",\"type\":\"uint64\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"free\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"game\",\"outputs\":[{\"internalType\":\"contractPinpointGame\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"}],\"name\":\"getAttestation\",\"outputs\":[{\"components\":[{\"internalType\":\"enumTaskMarketAttState\",\"name\":\"state\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"segment\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"joinBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"slot\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"endHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"disputes\",\"type\":\"uint32\"}],\"internalType\":\"structTaskMarketAttestation\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"getAudit\",\"outputs\":[{\"components\":[{\"components\":[{\"internalType\":\"uint16\",\"name\":\"forcedErrorBps\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"attestWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"revealWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"attestStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"jackpotFee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"jackpot\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"attestFee\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"maxAttesters\",\"type\":\"uint32\"}],\"internalType\":\"structTaskMarketAudit\",\"name\":\"audit\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"secretHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"claimHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"claimBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"attestEnd\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"revealEnd\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"secretEnd\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"secretRevealed\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"forced\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"solverLost\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"forcedSegment\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"challengedSegment\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"decoy\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"trueLeaf\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"attesters\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"finders\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"drawn\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"jackpotShare\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"jackpotHeld\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"feesHeld\",\"type\":\"uint256\"}],\"internalType\":\"structTaskMarketAuditState\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"getTask\",\"outputs\":[{\"components\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"specHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"nodesRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateMapRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"initRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"steps\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"interval\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"numNodes\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"stateDepth\",\"type\":\"uint8\"}],\"internalType\":\"structTaskMarketSpec\",\"name\":\"spec\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"solverStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"challengerBond\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"claimBy\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"commitWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"challengeWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"gameClock\",\"type\":\"uint64\"}],\"internalType\":\"structTaskMarketTerms\",\"name\":\"terms\",\"type\":\"tuple\"},{\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"},{\"internalType\":\"enumTaskMarketStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"commitBy\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"windowEnd\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"disputes\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"kernelEpoch\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"commitBlock\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"finalRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"}],\"internalType\":\"structTaskMarketTask\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"joinAttestation\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"locked\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"numCheckpoints\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"specHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"nodesRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateMapRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"initRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"steps\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"interval\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"numNodes\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"stateDepth\",\"type\":\"uint8\"}],\"internalType\":\"structTaskMarketSpec\",\"name\":\"spec\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"solverStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"challengerBond\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"claimBy\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"commitWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"challengeWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"gameClock\",\"type\":\"uint64\"}],\"internalType\":\"structTaskMarketTerms\",\"name\":\"terms\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint16\",\"name\":\"forcedErrorBps\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"attestWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"revealWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"attestStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"jackpotFee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"jackpot\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"attestFee\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"maxAttesters\",\"type\":\"uint32\"}],\"internalType\":\"structTaskMarketAudit\",\"name\":\"audit\",\"type\":\"tuple\"}],\"name\":\"postTask\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64[]\",\"name\":\"chunks\",\"type\":\"uint64[]\"}],\"name\":\"requestChunks\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"requestWithdrawal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"endHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"revealAttestation\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"secret\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"tensorIndex\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"headerHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"element\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"dataPath\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"statePath\",\"type\":\"bytes32[]\"}],\"internalType\":\"structTaskMarketDecoyOpening\",\"name\":\"o\",\"type\":\"tuple\"}],\"name\":\"revealSecret\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"settle\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"settleAttestation\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"taskCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalEscrow\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalFree\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalHeld\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalJackpot\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalLocked\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalUnbonding\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"treasury\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"unbonding\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"releaseAt\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unbondingDelay\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"winnerShareBps\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "TaskMarket",
	Bin: "0x6101606040526001600855348015610015575f5ffd5b5060405161a5e238038061a5e2833981016040819052610034916101b6565b838383838282826001600160a01b038216158061005657506127108161ffff16115b15610074576040516301f30c8760e21b815260040160405180910390fd5b6001600160401b039092166080526001600160a01b0390811660a05261ffff90911660c052841660e081905260408051630c6e60dd60e41b8152905163c6e60dd0916004808201926020929091908290030181865afa1580156100d9573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906100fd9190610223565b6001600160a01b03166101005250506040518692508591508490849061012290610192565b6001600160a01b0394851681526001600160401b0390931660208401529216604082015261ffff9091166060820152608001604051809103905ff08015801561016d573d5f5f3e3d5ffd5b506001600160a01b0316610120525050506001600160401b0343166101405250610245565b614ce6806158fc83390190565b6001600160a01b03811681146101b3575f5ffd5b50565b5f5f5f5f608085870312156101c9575f5ffd5b84516101d48161019f565b60208601519094506001600160401b03811681146101f0575f5ffd5b60408601519093506102018161019f565b606086015190925061ffff81168114610218575f5ffd5b939692955090935050565b5f60208284031215610233575f5ffd5b815161023e8161019f565b9392505050565b60805160a05160c05160e05161010051610120516101405161563c6102c05f395f610b7101525f8181610912015261305601525f611f2401525f8181610cd201528181611b810152613ad101525f8181610bc30152612eb201525f818161097f0152612f2f01525f8181610df90152612380015261563c5ff3fe60806040526004361061039d575f3560e01c806387679f8e116101de578063c3fe3e2811610108578063db7dd35a1161009d578063f55121641161006d578063f551216414610e5e578063f5b0216114610e7d578063fede611414610e9c578063ffc48e7714610eb2575f5ffd5b8063db7dd35a14610de8578063deb9663414610e1b578063f367d5cc14610e32578063f43cc77314610e4a575f5ffd5b8063cbf9fe5f116100d8578063cbf9fe5f14610d3e578063cd5e6ff214610d69578063ced4cd2e14610d88578063d0e30db014610de0575f5ffd5b8063c3fe3e2814610cc1578063c60e34e314610cf4578063c89e9d4a146108a3578063c9b5bb1714610d13575f5ffd5b8063a1b49bdc1161017e578063ac9380d61161014e578063ac9380d614610bb2578063b1eb0fb714610bf8578063b216706c14610c8d578063b6cb58a514610cac575f5ffd5b8063a1b49bdc14610b0d578063a3d8984414610b4b578063a3ec191a14610b60578063a5394c0a14610b93575f5ffd5b806395d92006116101b957806395d9200614610a965780639a9c29f614610aa95780639c3e603114610ac85780639ee679e814610aee575f5ffd5b806387679f8e14610a325780638dbdcb6d14610a515780638f16e1cd14610a6b575f5ffd5b80634a1d0eed116102ca5780635ed253461161025f57806370c04d801161022f57806370c04d80146109c05780637dbded0d146109da5780637eec20a8146109f9578063833b15ca14610a18575f5ffd5b80635ed253461461094c5780635edbacac1461096057806361d027b31461096e578063635154c7146109a1575f5ffd5b8063568914121161029a57806356891412146108b8578063588fcfd8146108cd5780635abf0f19146108e25780635e4a83a614610901575f5ffd5b80634a1d0eed1461085b578063505897931461087057806352b65c4b1461088f57806352d63ff4146108a3575f5ffd5b80631d6698bb11610340578063333e44e611610310578063333e44e6146107fe578063350fd0be146108135780633ccfd60b146108285780634029c4381461083c575f5ffd5b80631d6698bb1461078957806323d9f2bb146107b65780632ef3dbf5146107d557806331335691146107e9575f5ffd5b806317bf37a31161037b57806317bf37a31461047657806317e85926146107115780631af7453d146107305780631d65e77e1461075d575f5ffd5b806305261aea146103a157806314d3d41b146103c257806317131dc71461044a575b5f5ffd5b3480156103ac575f5ffd5b506103c06103bb366004614578565b610ed1565b005b3480156103cd575f5ffd5b506104216103dc366004614578565b604080518082019091525f8082526020820152505f908152600e6020908152604091829020825180840190935280548352600101546001600160401b03169082015290565b60408051825181526020928301516001600160401b031692810192909252015b60405180910390f35b348015610455575f5ffd5b506104696104643660046145a5565b6112f4565b60405161044191906145f7565b348015610481575f5ffd5b50610704610490366004614578565b60408051610380810182525f61028082018181526102a083018290526102c083018290526102e083018290526103008301829052610320830182905261034083018290526103608301829052825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810182905261012081018290526101408101829052610160810182905261018081018290526101a081018290526101c081018290526101e08101829052610200810182905261022081018290526102408101829052610260810191909152505f908152600b6020818152604092839020835161038081018552815461ffff81166102808301908152620100008083046001600160401b039081166102a0860152600160501b90930483166102c085015260018501546102e0850152600285015461030085015260038501546103208501526004850154610340850152600585015463ffffffff90811661036086015291845260068501549584019590955260078401549683019690965260088301548082166060840152600160401b80820483166080850152600160801b8204831660a0850152600160c01b909104821660c0840152600984015460ff808216151560e086015261010080830482161515908601529581049095161515610120840152630100000085048216610140840152600160581b90940416610160820152600a820154610180820152928101546101a0840152600c8101548085166101c0850152640100000000810485166101e085015291909104909216610200820152600d820154610220820152600e820154610240820152600f9091015461026082015290565b60405161044191906146d6565b34801561071c575f5ffd5b506103c061072b366004614831565b6113e2565b34801561073b575f5ffd5b5061074f61074a366004614867565b6113ee565b604051908152602001610441565b348015610768575f5ffd5b5061077c610777366004614578565b6113fe565b6040516104419190614949565b348015610794575f5ffd5b5061079e611fff81565b6040516001600160401b039091168152602001610441565b3480156107c1575f5ffd5b506103c06107d0366004614abe565b6116bc565b3480156107e0575f5ffd5b5061079e600481565b3480156107f4575f5ffd5b5061074f61100081565b348015610809575f5ffd5b5061074f60035481565b34801561081e575f5ffd5b5061074f60055481565b348015610833575f5ffd5b506103c06116c9565b348015610847575f5ffd5b506103c0610856366004614b15565b611825565b348015610866575f5ffd5b5061074f60075481565b34801561087b575f5ffd5b5061079e61088a366004614578565b611834565b34801561089a575f5ffd5b5061079e603c81565b3480156108ae575f5ffd5b5061074f6103e881565b3480156108c3575f5ffd5b5061074f60045481565b3480156108d8575f5ffd5b5061079e61080081565b3480156108ed575f5ffd5b506103c06108fc366004614578565b61183e565b34801561090c575f5ffd5b506109347f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610441565b348015610957575f5ffd5b5061074f601081565b6103c061072b366004614ba0565b348015610979575f5ffd5b506109347f000000000000000000000000000000000000000000000000000000000000000081565b3480156109ac575f5ffd5b5061074f6109bb366004614bce565b61192d565b3480156109cb575f5ffd5b506103c0610856366004614c11565b3480156109e5575f5ffd5b5061079e6109f43660046145a5565b611d25565b348015610a04575f5ffd5b506103c0610a13366004614578565b611d30565b348015610a23575f5ffd5b506103c06107d0366004614c88565b348015610a3d575f5ffd5b506103c0610a4c366004614578565b611dd0565b348015610a5c575f5ffd5b506103c06107d0366004614cb1565b348015610a76575f5ffd5b50610a816210000081565b60405163ffffffff9091168152602001610441565b61074f610aa4366004614ce4565b611ddb565b348015610ab4575f5ffd5b506103c0610ac3366004614831565b612075565b348015610ad3575f5ffd5b50610adc601081565b60405160ff9091168152602001610441565b348015610af9575f5ffd5b506103c0610b08366004614578565b612329565b348015610b18575f5ffd5b50610b2c610b27366004614d5e565b612428565b6040805192151583526001600160401b03909116602083015201610441565b348015610b56575f5ffd5b5061074f60065481565b348015610b6b575f5ffd5b5061079e7f000000000000000000000000000000000000000000000000000000000000000081565b348015610b9e575f5ffd5b506103c0610bad366004614db0565b612446565b348015610bbd575f5ffd5b50610be57f000000000000000000000000000000000000000000000000000000000000000081565b60405161ffff9091168152602001610441565b348015610c03575f5ffd5b50610c53610c12366004614578565b600f6020525f9081526040902080546001909101546001600160a01b03808316926001600160401b03600160a01b9182900481169392831692919091041684565b604080516001600160a01b0395861681526001600160401b0394851660208201529490921691840191909152166060820152608001610441565b348015610c98575f5ffd5b506103c0610ca7366004614e05565b612454565b348015610cb7575f5ffd5b5061074f60095481565b348015610ccc575f5ffd5b506109347f000000000000000000000000000000000000000000000000000000000000000081565b348015610cff575f5ffd5b506103c0610d0e366004614831565b6124b5565b348015610d1e575f5ffd5b5061074f610d2d366004614e71565b5f6020819052908152604090205481565b348015610d49575f5ffd5b5061074f610d58366004614e71565b60016020525f908152604090205481565b348015610d74575f5ffd5b5061079e610d833660046145a5565b612627565b348015610d93575f5ffd5b50610dc3610da2366004614e71565b60026020525f9081526040902080546001909101546001600160401b031682565b604080519283526001600160401b03909116602083015201610441565b6103c06126bd565b348015610df3575f5ffd5b5061079e7f000000000000000000000000000000000000000000000000000000000000000081565b348015610e26575f5ffd5b5061079e6301e1338081565b348015610e3d575f5ffd5b5061079e64010000000081565b348015610e55575f5ffd5b5061074f61274f565b348015610e69575f5ffd5b50610a81610e78366004614831565b61278c565b348015610e88575f5ffd5b506103c0610e97366004614578565b6127f3565b348015610ea7575f5ffd5b5061079e6220000081565b348015610ebd575f5ffd5b506103c0610ecc366004614abe565b612a78565b5f818152600a60209081526040808320600b9092528220600c8201549192909160ff16906002826007811115610f0957610f096145cf565b5f878152600e6020526040902060010154911491506001600160401b03166003836007811115610f3b57610f3b6145cf565b148015610f5057506001600160401b03811615155b15610fa157806001600160401b03164211610f8e5760405163d606d83f60e01b81526001600160401b03821660048201526024015b60405180910390fd5b610f988686612cfc565b6001915061122e565b6003836007811115610fb557610fb56145cf565b148015610fd1575083546201000090046001600160401b031615155b8015610fe25750600984015460ff16155b1561109057600f8501545f0361104557600c850154611fff9061101790600490600160b81b90046001600160401b0316614e9e565b6110219190614e9e565b431161104057604051636a35b3b160e11b815260040160405180910390fd5b610f98565b6008840154600160c01b90046001600160401b03164211610f9857600884015460405163d606d83f60e01b8152600160c01b9091046001600160401b03166004820152602401610f85565b60038360078111156110a4576110a46145cf565b0361114357600c850154600160481b90046001600160401b03164210156110f557600c85015460405163d606d83f60e01b8152600160481b9091046001600160401b03166004820152602401610f85565b600c8501805460ff19166005179055600a8501546006860154611121916001600160a01b031690612d37565b600a850154600b86015461113e916001600160a01b031690612dfa565b61122e565b6002836007811115611157576111576145cf565b036111a357600c85015461010090046001600160401b0316421161113e57600c85015460405163d606d83f60e01b81526101009091046001600160401b03166004820152602401610f85565b60018360078111156111b7576111b76145cf565b036112135760088501546001600160401b031642116111fa57600885015460405163d606d83f60e01b81526001600160401b039091166004820152602401610f85565b600c8501805460ff1916600717905561113e8585612e1b565b82604051630d64047360e21b8152600401610f859190614eb1565b811561128857600c8501805460ff19166006908117909155600a86015490860154600987015461126b926001600160a01b03908116929116612e61565b6009850154600b860154611288916001600160a01b031690612dfa565b600183600781111561129c5761129c6145cf565b146112ab576112ab8585612fdf565b600c85015460405187917f0e9cb48757bd52e4ffd9f48c23c229bbe87f7ff9c8197d305db283fd2e5ddbe8916112e49160ff1690614eb1565b60405180910390a2505050505050565b6040805160e080820183525f8083526020808401829052838501829052606084018290526080840182905260a0840182905260c08401829052868252600c81528482206001600160a01b038716835290528390208351918201909352825491929091829060ff16600581111561136c5761136c6145cf565b600581111561137d5761137d6145cf565b815281546001600160401b03610100820481166020840152600160481b820416604083015263ffffffff600160881b9091048116606083015260018301546080830152600283015460a083015260039092015490911660c09091015290505b92915050565b6113ea613054565b5050565b5f6113f7613054565b9392505050565b6114e9604080516102e081019091525f6101c082018181526101e08301829052610200830182905261022083018290526102408301829052610260830182905261028083018290526102a083018290526102c0830191909152819081526040805160c0810182525f8082526020828101829052928201819052606082018190526080820181905260a082015291019081525f60208201819052604082018190526060820181905260809091019081525f6020820181905260408201819052606082018190526080820181905260a0820181905260c0820181905260e082018190526101009091015290565b5f828152600a602081815260409283902083516102e08101855281546101c0820190815260018301546101e083015260028301546102008301526003830154610220830152600483015461024083015260058301546001600160401b03808216610260850152600160401b8083048216610280860152600160801b80840463ffffffff166102a0870152600160a01b90930460ff9081166102c0870152938552885160c081018a5260068701548152600780880154828a01526008880154808516838d015292830484166060808401919091529483048416608080840191909152600160c01b90930490931660a0808301919091529786015260098601546001600160a01b03908116998601999099529685015490971690830152600b83015494820194909452600c8201549094919392850192169081111561162e5761162e6145cf565b600781111561163f5761163f6145cf565b8152600c8201546001600160401b0361010080830482166020850152600160481b83048216604085015263ffffffff600160881b840416606085015261ffff600160a81b8404166080850152600160b81b9092041660a0830152600d83015460c0830152600e83015460e0830152600f9092015491015292915050565b6116c4613054565b505050565b6008546001146116ec5760405163769dd35360e11b815260040160405180910390fd5b60026008819055335f908152602091909152604081208054909181900361172657604051630686827b60e51b815260040160405180910390fd5b60018201546001600160401b031642101561176557600182015460405163be8a527b60e01b81526001600160401b039091166004820152602401610f85565b5f8083556005805483929061177b908490614ebf565b909155505060405181815233907f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d59060200160405180910390a26040515f90339083908381818185875af1925050503d805f81146117f4576040519150601f19603f3d011682016040523d82523d5f602084013e6117f9565b606091505b505090508061181b576040516312171d8360e31b815260040160405180910390fd5b5050600160085550565b61182d613054565b5050505050565b5f6113dc82613092565b5f818152600b60205260408120600881015490916001600160401b03909116900361187c576040516316a519cf60e31b815260040160405180910390fd5b60078101541561188a575050565b60088101545f906118a6906004906001600160401b0316614e9e565b90508043116118df576118ba816001614e9e565b6040516302c32a2d60e01b81526001600160401b039091166004820152602401610f85565b6101006118ec8243614ebf565b1115611923576118fe81610100614e9e565b604051630404d14760e31b81526001600160401b039091166004820152602401610f85565b4060079091015550565b5f828152600a602052604081206003600c82015460ff166007811115611955576119556145cf565b1415801561197c57506004600c82015460ff166007811115611979576119796145cf565b14155b156119a357600c810154604051630d64047360e21b8152610f859160ff1690600401614eb1565b600a8101546001600160a01b031633036119d05760405163706cd38160e01b815260040160405180910390fd5b5f848152600b60205260409020546201000090046001600160401b031615801590611a0c57505f848152600b602052604090206009015460ff16155b15611a2a57604051630bb55aad60e41b815260040160405180910390fd5b600c810154600160481b90046001600160401b03164210611a7557600c8101546040516326b39d0360e11b8152600160481b9091046001600160401b03166004820152602401610f85565b611a808482856130c0565b611a8d6040840184614ed2565b9050611a9c6080850185614ed2565b905014611abc57604051637ca55c7760e01b815260040160405180910390fd5b600d810154611afc6060850135611ad66020870187614f17565b611aea906001600160401b03166001614e9e565b611af76080880188614ed2565b613190565b14611b1a57604051637ca55c7760e01b815260040160405180910390fd5b611b2b3382600601600101546131e0565b600c81018054600160881b900463ffffffff16906011611b4a83614f32565b82546101009290920a63ffffffff81810219909316919092169190910217905550600c8101805460ff19166004179055600a8101547f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0390811691630bdfdaff91611bd591859116611bc66020890189614f17565b88602001358960600135613269565b6040518263ffffffff1660e01b8152600401611bf19190614f56565b6020604051808303815f875af1158015611c0d573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611c319190615059565b9150611ccd8483611c456020870187614f17565b604080516080810182523381526001600160401b0392831660208083019182525f83850181815297861660608501908152968152600f909152929092209051815492518416600160a01b9081026001600160e01b03199485166001600160a01b0393841617178355955160019092018054955190941690950293909116931692909217179055565b33847fcb4b8225c38c94710fe444a319f5396178a9da159dccf38a4b831fa1b8a5348b611cfd6020870187614f17565b604080516001600160401b039092168252602082018790520160405180910390a35092915050565b5f6113f783836133b5565b5f611d3c8260016134ea565b60098101549091506001600160a01b03163314611d6c576040516331511a2160e21b815260040160405180910390fd5b600c8101805460ff191660071790555f828152600b60205260409020611d93908290612e1b565b817f0e9cb48757bd52e4ffd9f48c23c229bbe87f7ff9c8197d305db283fd2e5ddbe86007604051611dc49190614eb1565b60405180910390a25050565b611dd8613054565b50565b5f611de7848484613549565b611df760e0850160c08601614f17565b611e0760c0860160a08701614f17565b611e119190615084565b6001600160401b0316151580611e2657508235155b80611e3357506020830135155b80611e445750611e42826138ba565b155b15611e6257604051631a4878ed60e21b815260040160405180910390fd5b5f611e74610100840160e085016150b1565b611e889063ffffffff1660c08501356150cc565b90505f611e99826080860135614e9e565b9050803411611ebb57604051631a4878ed60e21b815260040160405180910390fd5b60095f8154611ec9906150e3565b91829055505f818152600a602052604090209093508681611eea828261512d565b5086905060068201611efc8282615221565b50506009810180546001600160a01b031916331790556040805163900cf0cf60e01b815290517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169163900cf0cf9160048083019260209291908290030181865afa158015611f75573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611f9991906152f7565b600c8201805461ffff92909216600160a81b0261ffff60a81b19909216919091179055611fc68234614ebf565b600b820155600c8101805460ff19166001179055611fea6040860160208701614f17565b6001600160401b03161561201a575f848152600b6020526040902085816120118282615312565b5050600f018390555b612023346139e5565b336001600160a01b0316847f33f4af5c11d435f2d84cdbecf888cfe4d02d49024a90a6bf441b9ec7cddd389383600b015460405161206391815260200190565b60405180910390a35050509392505050565b5f828152600a60205260408120906006600c83015460ff16600781111561209e5761209e6145cf565b1490505f5f5f6120b087875f876139fe565b600c880180549396509194509250600160881b90910463ffffffff169060116120d8836153ef565b91906101000a81548163ffffffff021916908363ffffffff160217905550506001600281111561210a5761210a6145cf565b81600281111561211c5761211c6145cf565b036121b6576007850154600a86015461213f9185916001600160a01b0316612e61565b8315801561215c5750600c850154600160881b900463ffffffff16155b1561217157600c8501805460ff191660031790555b604080518781526001602082015288917fd4390d9b1eae30d53d6e598d7eba50e60f3ea18310ca83e7919e3df177bb05ca91015b60405180910390a250505050505050565b6121c7838660060160010154612d37565b604080518781525f602082015288917fd4390d9b1eae30d53d6e598d7eba50e60f3ea18310ca83e7919e3df177bb05ca910160405180910390a283156122105750505050505050565b600a850154600686015461222e916001600160a01b03169085612e61565b600c8501805460ff191660061790555f878152600e60205260409020600101546001600160401b031615612266576122668786612cfc565b6009850154600b860154612283916001600160a01b031690612dfa565b5f878152600b6020526040902080546201000090046001600160401b0316156122e6576009810180546001600160401b038516600160581b0272ffffffffffffffff0000000000000000ff00001990911617620100001790556122e68682612fdf565b877f0e9cb48757bd52e4ffd9f48c23c229bbe87f7ff9c8197d305db283fd2e5ddbe860066040516123179190614eb1565b60405180910390a25050505050505050565b805f0361234957604051631f2a200560e01b815260040160405180910390fd5b6123533382613bbe565b335f908152600260205260408120805490918391839190612375908490614e9e565b909155506123a590507f00000000000000000000000000000000000000000000000000000000000000004261540d565b816001015f6101000a8154816001600160401b0302191690836001600160401b031602179055508160055f8282546123dd9190614e9e565b90915550506001810154604080518481526001600160401b03909216602083015233917fbf6730b5b5d9fd45cdb42f69910317da629fd6e12b3ab41aa1708cd916385dfc9101611dc4565b5f5f6124378787878787613c42565b915091505b9550959350505050565b61244e613054565b50505050565b61100081111561247a57604051636a2391f360e01b815260048101829052602401610f85565b336001600160a01b03167fec9a425858ffeca7fc39ad4c59c2e319844d66db9301bfcc3ecc875aa0222fde8383604051611dc492919061542c565b5f6124c18360016134ea565b60088101549091506001600160401b03164211156125035760088101546040516326b39d0360e11b81526001600160401b039091166004820152602401610f85565b61251333826006015f01546131e0565b600a810180546001600160a01b03191633179055600c81018054600260ff19909116179055600881015461255790600160401b90046001600160401b03164261540d565b600c8201805468ffffffffffffffff0019166101006001600160401b03938416021790555f848152600b60205260409020805490916201000090910416156125d6576006810183905560088101805467ffffffffffffffff1916436001600160401b03161790556002810154156125d65760028101546125d690613cd5565b600c8201546040516101009091046001600160401b03168152339085907f6be644a86012e6646e6c5966df8cf83b4260d034ec9ad6f1e946bb7c818c0687906020015b60405180910390a350505050565b5f828152600a60205260408120600f810154820361265857604051636a35b3b160e11b815260040160405180910390fd5b61266184611834565b6001600160401b031681600f0154846040516020016126939291909182526001600160a01b0316602082015260400190565b604051602081830303815290604052805190602001205f1c6126b5919061545a565b949350505050565b345f036126dd57604051631f2a200560e01b815260040160405180910390fd5b335f90815260208190526040812080543492906126fb908490614e9e565b925050819055503460035f8282546127139190614e9e565b909155505060405134815233907f2da466a7b24304f47e87fa2e1e5a81b9831ce54fec19055ce277ca2f39ba42c49060200160405180910390a2565b5f6007546006546005546004546003546127699190614e9e565b6127739190614e9e565b61277d9190614e9e565b6127879190614e9e565b905090565b6040805160606020808301829052601560808401527476657269747261696e2e666f726365642e6d61736b60581b60a0808501919091528385018790529183018590528351808403909201825260c090920190925281519101205f9060ff166001176113f7565b5f818152600a60205260408120600c8101549091600160b81b9091046001600160401b0316900361284057600c810154604051630d64047360e21b8152610f859160ff1690600401614eb1565b600f81015415612863576040516350dcbf5560e11b815260040160405180910390fd5b600c8101545f9061288690600490600160b81b90046001600160401b0316614e9e565b905080431161289a576118ba816001614e9e565b5f6128a482613d39565b90505f8190036128df576128ba611fff83614e9e565b6040516307da5fe760e21b81526001600160401b039091166004820152602401610f85565b600f8301819055604080518281526020810184905285917f114b760dd38ed0828bbdc5dbfe4d5b474ac0e3df57c59a143e0408131f1b5168910160405180910390a25f848152600b6020526040902080546201000090046001600160401b03161561182d57805461295f906201000090046001600160401b03164261540d565b60088201805467ffffffffffffffff60401b1916600160401b6001600160401b039384168102919091179182905583546129a893600160501b909104811692919091041661540d565b60088201805467ffffffffffffffff60801b1916600160801b6001600160401b039384168102919091179182905583546129f193600160501b909104811692919091041661540d565b6008820180546001600160c01b0316600160c01b6001600160401b039384168102919091179182905560408051600160401b840485168152600160801b840485166020820152919092049092169082015285907f1a129404a23be4221b5fee27668abbd6d51fcb4d26a3e801dfe4fb1472e229849060600160405180910390a25050505050565b5f612a848460026134ea565b600a8101549091506001600160a01b03163314612ab45760405163c139eabd60e01b815260040160405180910390fd5b600c81015461010090046001600160401b0316421115612afc57600c8101546040516326b39d0360e11b81526101009091046001600160401b03166004820152602401610f85565b5f612b0685611834565b9050612b1c6001600160401b0382166001614e9e565b83141580612b445750600482015484845f81612b3a57612b3a61546d565b9050602002013514155b15612b655760405163f2a6433360e01b815260048101849052602401610f85565b5f612b708585613e1d565b90505f8585846001600160401b0316818110612b8e57612b8e61546d565b600d87018590556020029190910135600e8601819055600c860180546001600160401b034316600160b81b0267ffffffffffffffff60b81b1982168117835592945060039350909160ff191660ff67ffffffffffffffff60b81b01199091161760018302179055505f878152600b60205260409020546201000090046001600160401b031615612c2657612c218761183e565b612c6e565b6008840154612c4590600160801b90046001600160401b03164261540d565b84600c0160096101000a8154816001600160401b0302191690836001600160401b031602179055505b867fcd7f8f15768f3f401b6e210d5a09785c5c60a42552c7b8cd47cf55e95b88fdc88787604051612ca0929190615481565b60405180910390a2600c8401546040805184815260208101849052600160481b9092046001600160401b03169082015287907f4880cf4e473569797eedc06beb957c5cfcf025eb27a34ae02137ac6c74cf38a0906060016121a5565b5f828152600e60205260408120908155600101805467ffffffffffffffff19169055600981015460078201546113ea916001600160a01b0316905b6001600160a01b0382165f9081526001602052604081208054839290612d5e908490614ebf565b925050819055508060045f828254612d769190614ebf565b90915550506001600160a01b0382165f9081526020819052604081208054839290612da2908490614e9e565b925050819055508060035f828254612dba9190614e9e565b90915550506040518181526001600160a01b038316907f0f0bc5b519ddefdd8e5f9e6423433aa2b869738de2ae34d58ebc796fc749fa0d90602001611dc4565b8060065f828254612e0b9190614ebf565b909155506113ea90508282613faa565b600f8101546002820154600b8401545f9291612e3691614e9e565b612e409190614e9e565b5f600f84015560098401549091506116c4906001600160a01b031682612dfa565b6001600160a01b0383165f9081526001602052604081208054849290612e88908490614ebf565b925050819055508160045f828254612ea09190614ebf565b909155505f9050612710612ed861ffff7f000000000000000000000000000000000000000000000000000000000000000016856150cc565b612ee291906154b8565b9050805f5f846001600160a01b03166001600160a01b031681526020019081526020015f205f828254612f159190614e9e565b90915550612f2590508184614ebf565b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000165f9081526020819052604081208054909190612f6c908490614e9e565b925050819055508260035f828254612f849190614e9e565b90915550506001600160a01b038083169085167f83b5f75e441a9db2d1054d5ef2c5e3c4aac434fbb76c29fc9b11bac21d6400358584612fc48183614ebf565b60408051938452602084019290925290820152606001612619565b60048101545f03612fee575050565b600c81015460058201545f9161300d9163ffffffff91821691166154cb565b60048301546130229163ffffffff16906150cc565b90508082600f015f8282546130379190614ebf565b909155505060098301546116c4906001600160a01b031682612dfa565b7f0000000000000000000000000000000000000000000000000000000000000000365f80375f5f365f845af43d5f5f3e8061308d573d5ffd5b503d5ff35b5f818152600a6020526040812060058101546113f7906001600160401b03600160401b8204811691166154e7565b5f6130ca84613092565b90506001600160401b0381166130e36020840184614f17565b6001600160401b0316101580613125575061311061310b6001600160401b0383166001614e9e565b614029565b60ff166131206040840184614ed2565b905014155b1561314357604051637ca55c7760e01b815260040160405180910390fd5b600d8301546131726020840180359061315c9086614f17565b6001600160401b0316611af76040870187614ed2565b1461244e57604051637ca55c7760e01b815260040160405180910390fd5b5f610100821080156131a3575083821c15155b156131cb5760405163177e5bcb60e01b81526004810185905260248101839052604401610f85565b6131d785858585614051565b95945050505050565b6131ea8282613bbe565b6001600160a01b0382165f9081526001602052604081208054839290613211908490614e9e565b925050819055508060045f8282546132299190614e9e565b90915550506040518181526001600160a01b038316907f9f1ec8c880f76798e7b793325d625e9b60e4082a553c98f42b6cda368dd6000890602001611dc4565b604080516101a0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e081018290526101008101829052610120810182905261014081018290526101608101829052610180810191909152604080516101a0810182526001600160a01b0387168152600c880154600160a81b900461ffff16602082015233918101919091526001870154606082015260028701546080820152600387015460a082015260c0810184905260e08101839052600587015461010082019061335690600160401b90046001600160401b031687615514565b6001600160401b0390811682526005890154600160401b810482166020840152600160801b810463ffffffff166040840152600160a01b900460ff1660608301526008890154600160c01b900416608090910152905095945050505050565b5f828152600c602090815260408083206001600160a01b0385168452909152812081815460ff1660058111156133ed576133ed6145cf565b03613411578054604051635c4ff07d60e01b8152610f859160ff1690600401615536565b6001815460ff166005811115613429576134296145cf565b14613444575461010090046001600160401b031690506113dc565b80545f858152600b60205260409020600c015463ffffffff600160881b909204821691600160401b909104168110156134a9575f85815260106020908152604080832084845290915290819020546134a091600191901c614ebf565b925050506113dc565b5f6134b486836140f7565b5050905080600182516134c79190614ebf565b815181106134d7576134d761546d565b6020026020010151935050505092915050565b5f828152600a60205260409020816007811115613509576135096145cf565b600c82015460ff166007811115613522576135226145cf565b146113dc57600c810154604051630d64047360e21b8152610f859160ff1690600401614eb1565b61355960c0840160a08501614f17565b6001600160401b0316158061358a575064010000000061357f60c0850160a08601614f17565b6001600160401b0316115b156135aa575f604051633fac402b60e01b8152600401610f859190615544565b6135ba60e0840160c08501614f17565b6001600160401b031615806135e95750622000006135de60e0850160c08601614f17565b6001600160401b0316115b1561360a576001604051633fac402b60e01b8152600401610f859190615544565b61080061361d60e0850160c08601614f17565b61362d60c0860160a08701614f17565b61363791906154e7565b6001600160401b03161115613662576002604051633fac402b60e01b8152600401610f859190615544565b613673610100840160e085016150b1565b63ffffffff16158061369d575062100000613695610100850160e086016150b1565b63ffffffff16115b156136be576003604051633fac402b60e01b8152600401610f859190615544565b6136d06101208401610100850161555e565b60ff1615806136f3575060106136ee6101208501610100860161555e565b60ff16115b15613714576004604051633fac402b60e01b8152600401610f859190615544565b426137256060840160408501614f17565b6001600160401b031611158061376157506301e133804261374c6060850160408601614f17565b6001600160401b031661375f9190614ebf565b115b15613782576005604051633fac402b60e01b8152600401610f859190615544565b61379c6137956080840160608501614f17565b60066142e4565b6137b66137af60a0840160808501614f17565b60076142e4565b6137d06137c960c0840160a08501614f17565b60086142e4565b6137e06040820160208301614f17565b6001600160401b0316156116c4576138086138016040830160208401614f17565b60096142e4565b61382261381b6060830160408401614f17565b600a6142e4565b6127106138326020830183615579565b61ffff161115801561389957506001600160801b0360a0820135118061386257506001600160801b036080820135115b80613899575061387860808201356127106150cc565b6138856020830183615579565b6138979061ffff1660a08401356150cc565b115b156116c457600b604051633fac402b60e01b8152600401610f859190615544565b5f6138cb6040830160208401614f17565b6001600160401b03165f0361396b576138e76020830183615579565b61ffff1615801561390e57506139036060830160408401614f17565b6001600160401b0316155b801561391c57506060820135155b801561392a57506080820135155b8015613938575060a0820135155b8015613946575060c0820135155b80156113dc575061395e610100830160e084016150b1565b63ffffffff161592915050565b61397b6060830160408401614f17565b6001600160401b0316158015906139955750606082013515155b80156139b357506127106139ac6020840184615579565b61ffff1611155b80156113dc575060c082013515806113dc57506139d7610100830160e084016150b1565b63ffffffff16151592915050565b8060065f8282546139f69190614e9e565b909155505050565b5f838152600f60209081526040808320815160808101835281546001600160a01b038082168084526001600160401b03600160a01b9384900481169785019790975260019094015490811694830194909452909204909216606082015282918291901580613a7957508781606001516001600160401b031614155b80613a9a5750856001600160a01b031681604001516001600160a01b031614155b15613abb5760405163a80d67dd60e01b815260048101889052602401610f85565b604051633c59405960e01b8152600481018890527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690633c59405990602401602060405180830381865afa158015613b1e573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190613b429190615594565b91505f826002811115613b5757613b576145cf565b148015613b62575084155b15613b80576040516347ca30d160e11b815260040160405180910390fd5b5f968752600f6020908152604090972080546001600160e01b0319908116825560019091018054909116905580519601519597959650949350505050565b6001600160a01b0382165f9081526020819052604090205481811015613c015760405163018ac91360e61b81526004810182905260248101839052604401610f85565b613c0b8282614ebf565b6001600160a01b0384165f9081526020819052604081209190915560038054849290613c38908490614ebf565b9091555050505050565b604080516020808201889052818301879052606080830187905283518084039091018152608090920190925280519101205f9081906001600160401b0385161580613c9c575061ffff8416613c996127108361545a565b10155b15613cad575f5f925092505061243c565b6001613cc66001600160401b038716608084901c61545a565b92509250509550959350505050565b8060065f828254613ce69190614ebf565b925050819055508060075f828254613cfe9190614e9e565b90915550506040518181527f2076cd8bd7c147f4b7bb2b5e2dd0db46fb74246bc4c4e3ded824202bfff5ca579060200160405180910390a150565b5f814311613d4857505f919050565b610100613d558343614ebf565b11613d5f57504090565b5f5f71f90827f1c53a10cb7a02335b1753200029356001600160a01b031684604051602001613d9091815260200190565b60408051601f1981840301815290829052613daa916155b2565b5f60405180830381855afa9150503d805f8114613de2576040519150601f19603f3d011682016040523d82523d5f602084013e613de7565b606091505b5091509150818015613dfa575080516020145b15613e165780806020019051810190613e139190615059565b92505b5050919050565b5f8181613e2982614029565b60ff166001901b90505f816001600160401b03811115613e4b57613e4b6155c8565b604051908082528060200260200182016040528015613e74578160200160208202803683370190505b5090505f613e8181614328565b90505f5b83811015613ee057848110613e9a5781613ebb565b613ebb888883818110613eaf57613eaf61546d565b90506020020135614328565b838281518110613ecd57613ecd61546d565b6020908102919091010152600101613e85565b505b6001831115613f845760019290921c915f5b83811015613f7e57613f5983613f0b8360026150cc565b81518110613f1b57613f1b61546d565b602002602001015184836002613f3191906150cc565b613f3c906001614e9e565b81518110613f4c57613f4c61546d565b6020026020010151614350565b838281518110613f6b57613f6b61546d565b6020908102919091010152600101613ef4565b50613ee2565b815f81518110613f9657613f9661546d565b602002602001015194505050505092915050565b6001600160a01b0382165f9081526020819052604081208054839290613fd1908490614e9e565b925050819055508060035f828254613fe99190614e9e565b90915550506040518181526001600160a01b038316907f9c9e0cdb1670e88302408e5b941dc636f63a3293204694bb68910fcf3d9305f390602001611dc4565b5f5b818160ff166001901b101561404c5780614044816155dc565b91505061402b565b919050565b5f6040515f815385600182015260205f60218360025afa6140795763832d99055f526004601cfd5b5f519150838360051b8101600183535b808210156140ec576001871680156140ad57823560018501528460218501526140bb565b846001850152823560218501525b5060205f60418560025afa6140d75763832d99055f526004601cfd5b5f5193508660011c9650602082019150614089565b505050949350505050565b5f828152600b60205260408120600c015460609182918291600160401b90910463ffffffff16908161412a876001614e9e565b6141349190614ebf565b9050806001600160401b0381111561414e5761414e6155c8565b604051908082528060200260200182016040528015614177578160200160208202803683370190505b509450806001600160401b03811115614192576141926155c8565b6040519080825280602002602001820160405280156141bb578160200160208202803683370190505b509350806001600160401b038111156141d6576141d66155c8565b6040519080825280602002602001820160405280156141ff578160200160208202803683370190505b5092505f61420c88613092565b5f898152600a60205260408120600f01546001600160401b039290921692505b838110156142d8575f8061424b8c614244858a614e9e565b8787614380565b9150915061425c8c838b8b876144b6565b8a848151811061426e5761426e61546d565b6020026020010181815250508189848151811061428d5761428d61546d565b6020026020010181815250506142a68c828b8b876144b6565b6142b1906001614e9e565b8884815181106142c3576142c361546d565b6020908102919091010152505060010161422c565b50505050509250925092565b603c6001600160401b038316108061430857506301e133806001600160401b038316115b156113ea5780604051633fac402b60e01b8152600401610f859190615544565b5f6040515f815382600182015260205f60218360025afa614347575f5ffd5b50505f51919050565b5f6040516001815383600182015282602182015260205f60418360025afa614376575f5ffd5b50505f5192915050565b5f848152601060209081526040808320868452909152812054819081906143a890600161540d565b6001600160401b031690508043116143c5576118ba816001614e9e565b5f6143cf82613d39565b90505f81900361442f576040805160606020820181905260116080830152701d995c9a5d1c985a5b8b995e1c1a5c9959607a1b60a08301529181018a905290810188905260c0016040516020818303038152906040528051906020012090505b5f61443a878961545a565b6144449088614ebf565b90505f6040614453898b6154b8565b60408051602081018b9052908101869052606081018c9052911b91508290608001604051602081830303815290604052805190602001205f1c614496919061545a565b811795506144a5600183614ebf565b811794505050505094509492505050565b5f815b80156145325785856144cc600184614ebf565b815181106144dc576144dc61546d565b602002602001015103614520576001846144f68284614ebf565b815181106145065761450661546d565b60200260200101516145189190614ebf565b9150506131d7565b8061452a816155f1565b9150506144b9565b505f86815260116020908152604080832088845290915290205480156145625761455d600182614ebf565b61456d565b856001600160401b03165b979650505050505050565b5f60208284031215614588575f5ffd5b5035919050565b80356001600160a01b038116811461404c575f5ffd5b5f5f604083850312156145b6575f5ffd5b823591506145c66020840161458f565b90509250929050565b634e487b7160e01b5f52602160045260245ffd5b600681106145f3576145f36145cf565b9052565b5f60e0820190506146098284516145e3565b6001600160401b0360208401511660208301526001600160401b03604084015116604083015263ffffffff60608401511660608301526080830151608083015260a083015160a083015263ffffffff60c08401511660c083015292915050565b61ffff81511682526001600160401b0360208201511660208301526001600160401b036040820151166040830152606081015160608301526080810151608083015260a081015160a083015260c081015160c083015260e08101516116c460e084018263ffffffff169052565b5f610360820190506146e9828451614669565b6020830151610100830152604083015161012083015260608301516001600160401b0381166101408401525060808301516001600160401b0381166101608401525060a08301516001600160401b0381166101808401525060c08301516001600160401b0381166101a08401525060e08301518015156101c0840152506101008301518015156101e084015250610120830151801515610200840152506101408301516001600160401b038116610220840152506101608301516001600160401b038116610240840152506101808301516102608301526101a08301516102808301526101c083015163ffffffff81166102a0840152506101e083015163ffffffff81166102c08401525061020083015163ffffffff81166102e084015250610220830151610300830152610240830151610320830152610260909201516103409091015290565b5f5f60408385031215614842575f5ffd5b50508035926020909101359150565b5f60a08284031215614861575f5ffd5b50919050565b5f5f5f60608486031215614879575f5ffd5b833592506148896020850161458f565b915060408401356001600160401b038111156148a3575f5ffd5b6148af86828701614851565b9150509250925092565b80518252602081015160208301526040810151604083015260608101516060830152608081015160808301526001600160401b0360a08201511660a08301526001600160401b0360c08201511660c083015260e081015161492260e084018263ffffffff169052565b506101008101516116c461010084018260ff169052565b600881106145f3576145f36145cf565b5f6103608201905061495c8284516148b9565b60208381015180516101208501529081015161014084015260408101516001600160401b0390811661016085015260608201518116610180850152608082015181166101a085015260a0820151166101c08401525060408301516001600160a01b0381166101e08401525060608301516001600160a01b03811661020084015250608083015161022083015260a08301516149fb610240840182614939565b5060c08301516001600160401b0390811661026084015260e0840151811661028084015261010084015163ffffffff166102a084015261012084015161ffff166102c0840152610140840151166102e08301526101608301516103008301526101808301516103208301526101a0909201516103409091015290565b5f5f83601f840112614a87575f5ffd5b5081356001600160401b03811115614a9d575f5ffd5b6020830191508360208260051b8501011115614ab7575f5ffd5b9250929050565b5f5f5f60408486031215614ad0575f5ffd5b8335925060208401356001600160401b03811115614aec575f5ffd5b614af886828701614a77565b9497909650939450505050565b5f60c08284031215614861575f5ffd5b5f5f5f5f5f60808688031215614b29575f5ffd5b853594506020860135935060408601356001600160401b03811115614b4c575f5ffd5b614b5888828901614a77565b90945092505060608601356001600160401b03811115614b76575f5ffd5b614b8288828901614b05565b9150509295509295909350565b63ffffffff81168114611dd8575f5ffd5b5f5f60408385031215614bb1575f5ffd5b823591506020830135614bc381614b8f565b809150509250929050565b5f5f60408385031215614bdf575f5ffd5b8235915060208301356001600160401b03811115614bfb575f5ffd5b614c0785828601614851565b9150509250929050565b5f5f5f5f5f60608688031215614c25575f5ffd5b8535945060208601356001600160401b03811115614c41575f5ffd5b614c4d88828901614a77565b90955093505060408601356001600160401b03811115614c6b575f5ffd5b614c7788828901614a77565b969995985093965092949392505050565b5f5f5f60608486031215614c9a575f5ffd5b505081359360208301359350604090920135919050565b5f5f5f60608486031215614cc3575f5ffd5b83359250614cd36020850161458f565b929592945050506040919091013590565b5f5f5f8385036102e0811215614cf8575f5ffd5b610120811215614d06575f5ffd5b849350614d17866101208701614b05565b92506101006101df1982011215614d2c575f5ffd5b506101e0840190509250925092565b6001600160401b0381168114611dd8575f5ffd5b61ffff81168114611dd8575f5ffd5b5f5f5f5f5f60a08688031215614d72575f5ffd5b8535945060208601359350604086013592506060860135614d9281614d3b565b91506080860135614da281614d4f565b809150509295509295909350565b5f5f5f5f60608587031215614dc3575f5ffd5b84359350614dd36020860161458f565b925060408501356001600160401b03811115614ded575f5ffd5b614df987828801614a77565b95989497509550505050565b5f5f60208385031215614e16575f5ffd5b82356001600160401b03811115614e2b575f5ffd5b8301601f81018513614e3b575f5ffd5b80356001600160401b03811115614e50575f5ffd5b856020828401011115614e61575f5ffd5b6020919091019590945092505050565b5f60208284031215614e81575f5ffd5b6113f78261458f565b634e487b7160e01b5f52601160045260245ffd5b808201808211156113dc576113dc614e8a565b602081016113dc8284614939565b818103818111156113dc576113dc614e8a565b5f5f8335601e19843603018112614ee7575f5ffd5b8301803591506001600160401b03821115614f00575f5ffd5b6020019150600581901b3603821315614ab7575f5ffd5b5f60208284031215614f27575f5ffd5b81356113f781614d3b565b5f63ffffffff821663ffffffff8103614f4d57614f4d614e8a565b60010192915050565b81516001600160a01b031681526101a081016020830151614f7d602084018261ffff169052565b506040830151614f9860408401826001600160a01b03169052565b50606083015160608301526080830151608083015260a083015160a083015260c083015160c083015260e083015160e0830152610100830151614fe76101008401826001600160401b03169052565b506101208301516150046101208401826001600160401b03169052565b5061014083015161501e61014084018263ffffffff169052565b5061016083015161503561016084018260ff169052565b506101808301516150526101808401826001600160401b03169052565b5092915050565b5f60208284031215615069575f5ffd5b5051919050565b634e487b7160e01b5f52601260045260245ffd5b5f6001600160401b0383168061509c5761509c615070565b806001600160401b0384160691505092915050565b5f602082840312156150c1575f5ffd5b81356113f781614b8f565b80820281158282048414176113dc576113dc614e8a565b5f600182016150f4576150f4614e8a565b5060010190565b5f81356113dc81614d3b565b5f81356113dc81614b8f565b60ff81168114611dd8575f5ffd5b5f81356113dc81615113565b8135815560208201356001820155604082013560028201556060820135600382015560808201356004820155600581015f60a084013561516c81614d3b565b825467ffffffffffffffff19166001600160401b0382161783559050506151c061519860c085016150fb565b825467ffffffffffffffff60401b191660409190911b67ffffffffffffffff60401b16178255565b6151f36151cf60e08501615107565b82805463ffffffff60801b191660809290921b63ffffffff60801b16919091179055565b6116c46152036101008501615121565b82805460ff60a01b191660a09290921b60ff60a01b16919091179055565b813581556020820135600182015560028101604083013561524181614d3b565b815467ffffffffffffffff19166001600160401b03821617825550606083013561526a81614d3b565b815467ffffffffffffffff60401b1916604082901b67ffffffffffffffff60401b1617825550608083013561529e81614d3b565b815467ffffffffffffffff60801b191660809190911b67ffffffffffffffff60801b161781555f60a08401356152d381614d3b565b82546001600160c01b031660c09190911b6001600160c01b03191617909155505050565b5f60208284031215615307575f5ffd5b81516113f781614d4f565b813561531d81614d4f565b61ffff811661ffff198354161782555061536261533c602084016150fb565b825469ffffffffffffffff0000191660109190911b69ffffffffffffffff000016178255565b61539d615371604084016150fb565b82805467ffffffffffffffff60501b191660509290921b67ffffffffffffffff60501b16919091179055565b606082013560018201556080820135600282015560a0820135600382015560c082013560048201556113ea6153d460e08401615107565b6005830163ffffffff821663ffffffff198254161781555050565b5f63ffffffff82168061540457615404614e8a565b5f190192915050565b6001600160401b0381811683821601908111156113dc576113dc614e8a565b60208152816020820152818360408301375f818301604090810191909152601f909201601f19160101919050565b5f8261546857615468615070565b500690565b634e487b7160e01b5f52603260045260245ffd5b602080825281018290525f6001600160fb1b0383111561549f575f5ffd5b8260051b80856040850137919091016040019392505050565b5f826154c6576154c6615070565b500490565b63ffffffff82811682821603908111156113dc576113dc614e8a565b5f6001600160401b038316806154ff576154ff615070565b806001600160401b0384160491505092915050565b6001600160401b03818116838216029081169081811461505257615052614e8a565b602081016113dc82846145e3565b60208101600c8310615558576155586145cf565b91905290565b5f6020828403121561556e575f5ffd5b81356113f781615113565b5f60208284031215615589575f5ffd5b81356113f781614d4f565b5f602082840312156155a4575f5ffd5b8151600381106113f7575f5ffd5b5f82518060208501845e5f920191825250919050565b634e487b7160e01b5f52604160045260245ffd5b5f60ff821660ff8103614f4d57614f4d614e8a565b5f816155ff576155ff614e8a565b505f19019056fea264697066735822122023603a84a0ae967d4b3b6c9b8126c63b3d372a728cf8d96137e9324074c506f364736f6c634300082500336101206040526001600855348015610015575f5ffd5b50604051614ce6380380614ce68339810160408190526100349161012f565b838383838282826001600160a01b038216158061005657506127108161ffff16115b15610074576040516301f30c8760e21b815260040160405180910390fd5b6001600160401b039092166080526001600160a01b0390811660a05261ffff90911660c052841660e081905260408051630c6e60dd60e41b8152905163c6e60dd0916004808201926020929091908290030181865afa1580156100d9573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906100fd919061019c565b6001600160a01b031661010052506101be9650505050505050565b6001600160a01b038116811461012c575f5ffd5b50565b5f5f5f5f60808587031215610142575f5ffd5b845161014d81610118565b60208601519094506001600160401b0381168114610169575f5ffd5b604086015190935061017a81610118565b606086015190925061ffff81168114610191575f5ffd5b939692955090935050565b5f602082840312156101ac575f5ffd5b81516101b781610118565b9392505050565b60805160a05160c05160e05161010051614acb61021b5f395f50505f818161057b01528181610aa801526132a601525f818161048b01526133e401525f8181610371015261346101525f818161066401526120450152614acb5ff3fe6080604052600436106101e6575f3560e01c8063833b15ca11610108578063b6cb58a51161009d578063cbf9fe5f1161006d578063cbf9fe5f146105c8578063ced4cd2e146105f3578063d0e30db01461064b578063db7dd35a14610653578063f43cc77314610686575f5ffd5b8063b6cb58a514610555578063c3fe3e281461056a578063c89e9d4a1461030f578063c9b5bb171461059d575f5ffd5b8063a3d89844116100d8578063a3d8984414610446578063a5394c0a1461045b578063ac9380d61461047a578063b1eb0fb7146104c0575f5ffd5b8063833b15ca146103ca57806387679f8e146103e95780638dbdcb6d146104085780639ee679e814610427575f5ffd5b80634029c4381161017e5780635ed253461161014e5780635ed25346146103395780635edbacac1461034d57806361d027b31461036057806370c04d80146103ab575f5ffd5b80634029c438146102db5780634a1d0eed146102fa57806352d63ff41461030f5780635689141214610324575f5ffd5b80632ef3dbf5116101b95780632ef3dbf514610289578063333e44e61461029d578063350fd0be146102b25780633ccfd60b146102c7575f5ffd5b806317e85926146101ea5780631af7453d1461020b5780631d6698bb1461023d57806323d9f2bb1461026a575b5f5ffd5b3480156101f5575f5ffd5b50610209610204366004614207565b61069a565b005b348015610216575f5ffd5b5061022a61022536600461423d565b610856565b6040519081526020015b60405180910390f35b348015610248575f5ffd5b50610252611fff81565b6040516001600160401b039091168152602001610234565b348015610275575f5ffd5b506102096102843660046142dc565b610c4e565b348015610294575f5ffd5b50610252600481565b3480156102a8575f5ffd5b5061022a60035481565b3480156102bd575f5ffd5b5061022a60055481565b3480156102d2575f5ffd5b50610209610f22565b3480156102e6575f5ffd5b506102096102f5366004614323565b61107e565b348015610305575f5ffd5b5061022a60075481565b34801561031a575f5ffd5b5061022a6103e881565b34801561032f575f5ffd5b5061022a60045481565b348015610344575f5ffd5b5061022a601081565b61020961035b3660046143a3565b611434565b34801561036b575f5ffd5b506103937f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610234565b3480156103b6575f5ffd5b506102096103c53660046143d9565b611675565b3480156103d5575f5ffd5b506102096103e4366004614450565b6118e9565b3480156103f4575f5ffd5b50610209610403366004614479565b611b12565b348015610413575f5ffd5b50610209610422366004614490565b611d81565b348015610432575f5ffd5b50610209610441366004614479565b611fee565b348015610451575f5ffd5b5061022a60065481565b348015610466575f5ffd5b506102096104753660046144c3565b6120f5565b348015610485575f5ffd5b506104ad7f000000000000000000000000000000000000000000000000000000000000000081565b60405161ffff9091168152602001610234565b3480156104cb575f5ffd5b5061051b6104da366004614479565b600f6020525f9081526040902080546001909101546001600160a01b03808316926001600160401b03600160a01b9182900481169392831692919091041684565b604080516001600160a01b0395861681526001600160401b0394851660208201529490921691840191909152166060820152608001610234565b348015610560575f5ffd5b5061022a60095481565b348015610575575f5ffd5b506103937f000000000000000000000000000000000000000000000000000000000000000081565b3480156105a8575f5ffd5b5061022a6105b7366004614518565b5f6020819052908152604090205481565b3480156105d3575f5ffd5b5061022a6105e2366004614518565b60016020525f908152604090205481565b3480156105fe575f5ffd5b5061062e61060d366004614518565b60026020525f9081526040902080546001909101546001600160401b031682565b604080519283526001600160401b03909116602083015201610234565b6102096125af565b34801561065e575f5ffd5b506102527f000000000000000000000000000000000000000000000000000000000000000081565b348015610691575f5ffd5b5061022a612641565b5f828152600b60209081526040808320600c83528184203385529092529091206001815460ff1660058111156106d2576106d2614531565b146106ff578054604051635c4ff07d60e01b81526106f69160ff1690600401614558565b60405180910390fd5b6008820154600160401b90046001600160401b031642111561074b5760088201546040516326b39d0360e11b8152600160401b9091046001600160401b031660048201526024016106f6565b805461076890600160481b90046001600160401b0316600161457f565b6107749061010061457f565b4311156107c957805461079890600160481b90046001600160401b03166001614592565b6107a490610100614592565b60405163734e2b7960e01b81526001600160401b0390911660048201526024016106f6565b80545f906107e5908690600160881b900463ffffffff1661267e565b82546001600160401b038216610100810268ffffffffffffffffff1990921691909117600217845560018401869055604051908152909150339086907f53c31612a70c75ddf2fc6aeeda808da5cd6b69c2f80e2e19913f1bca26326725906020015b60405180910390a35050505050565b5f838152600a60209081526040808320600b90925282206009015460ff1661089157604051630bb55aad60e41b815260040160405180910390fd5b600c810154600160481b90046001600160401b031642106108dc57600c8101546040516326b39d0360e11b8152600160481b9091046001600160401b031660048201526024016106f6565b5f858152600c602090815260408083206001600160a01b038816845290915290206003815460ff16600581111561091557610915614531565b1415801561093957506004815460ff16600581111561093657610936614531565b14155b1561095d578054604051635c4ff07d60e01b81526106f69160ff1690600401614558565b6001600160a01b03851633036109865760405163706cd38160e01b815260040160405180910390fd5b5f868152600b6020526040902061099d908261284e565b156109bb5760405163e5fa050160e01b815260040160405180910390fd5b5f868152600b602052604090206109d2908261289d565b156109f057604051631b57bab360e01b815260040160405180910390fd5b805461010090046001600160401b0316610a0d60208601866145c7565b6001600160401b0316141580610a2b57508060020154846060013514155b15610a4957604051637ca55c7760e01b815260040160405180910390fd5b610a548683866128ed565b610a653383600601600101546129bd565b805460ff1916600417815560038101805463ffffffff16905f610a87836145e0565b91906101000a81548163ffffffff021916908363ffffffff160217905550507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316630bdfdaff610afb8488885f016020810190610aec91906145c7565b89602001358a60600135612a46565b6040518263ffffffff1660e01b8152600401610b179190614604565b6020604051808303815f875af1158015610b33573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610b579190614700565b9250610bf78684610b6b60208801886145c7565b604080516080810182523381526001600160401b0392831660208083019182526001600160a01b03808e16848601908152978616606085019081525f978852600f909252939095209151825491519084166001600160e01b031992831617600160a01b918616820217835595516001909201805495519290931694169390931792909116909202179055565b336001600160a01b0316856001600160a01b0316877f39f1d859eee8d44d49e1f62ab3cdb1c8393b1649164a079f2ba1e8d05c86284c86604051610c3d91815260200190565b60405180910390a450509392505050565b5f838152600a602052604090206003600c82015460ff166007811115610c7657610c76614531565b14158015610c9d57506004600c82015460ff166007811115610c9a57610c9a614531565b14155b15610cc457600c810154604051630d64047360e21b81526106f69160ff1690600401614717565b60098101546001600160a01b03163314610cf1576040516331511a2160e21b815260040160405180910390fd5b811580610cfe5750601082115b15610d1c5760405163a7efde2760e01b815260040160405180910390fd5b600c810154600160481b90046001600160401b031615801590610d535750600c810154600160481b90046001600160401b03164210155b15610d8857600c8101546040516326b39d0360e11b8152600160481b9091046001600160401b031660048201526024016106f6565b5f5b82811015610e145760058201546001600160a01b90910460ff161b6020858584818110610db957610db961472b565b9050602002016020810190610dce91906145c7565b6001600160401b0316901c6001610de59190614592565b6001600160401b031610610e0c5760405163a7efde2760e01b815260040160405180910390fd5b600101610d8a565b505f848152600e6020526040902060018101546001600160401b031615610e5f57600181015460405163e39c431360e01b81526001600160401b0390911660048201526024016106f6565b610e703383600601600101546129bd565b8383604051602001610e83929190614785565b60408051808303601f19018152919052805160209091012081556008820154610ebc90600160c01b90046001600160401b031642614592565b60018201805467ffffffffffffffff19166001600160401b0392909216918217905560405186917ff3ff6e5e62e2056b4fc9d7562aa12e5f7e257bbad586f180c0f9648239e51a0f91610f139188918891906147a0565b60405180910390a25050505050565b600854600114610f455760405163769dd35360e11b815260040160405180910390fd5b60026008819055335f9081526020919091526040812080549091819003610f7f57604051630686827b60e51b815260040160405180910390fd5b60018201546001600160401b0316421015610fbe57600182015460405163be8a527b60e01b81526001600160401b0390911660048201526024016106f6565b5f80835560058054839290610fd49084906147cc565b909155505060405181815233907f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d59060200160405180910390a26040515f90339083908381818185875af1925050503d805f811461104d576040519150601f19603f3d011682016040523d82523d5f602084013e611052565b606091505b5050905080611074576040516312171d8360e31b815260040160405180910390fd5b5050600160085550565b5f61108a866003612b93565b5f878152600b60205260409020600a820154919250906001600160a01b031633146110c85760405163c139eabd60e01b815260040160405180910390fd5b80546201000090046001600160401b03165f036110f8576040516316a519cf60e31b815260040160405180910390fd5b600981015460ff161561111e576040516375dde69b60e01b815260040160405180910390fd5b600f8201545f0361114257604051636a35b3b160e11b815260040160405180910390fd5b6008810154600160801b90046001600160401b0316421161118d57600881015460405163d606d83f60e01b8152600160801b9091046001600160401b031660048201526024016106f6565b6008810154600160c01b90046001600160401b03164211156111d95760088101546040516326b39d0360e11b8152600160c01b9091046001600160401b031660048201526024016106f6565b6006810154604080516020810189905201604051602081830303815290604052805190602001201461121e5760405163e1dcd59760e01b815260040160405180910390fd5b60098101805460ff1916600117905560078101545f9081906112519089908b61124681612bf2565b875461ffff16612c20565b91509150811561136f576112698989838a8a8a612cb4565b5f898152600d60209081526040808320600b8701549151909284926112a4928792016001600160401b03929092168252602082015260400190565b60408051601f198184030181529181528151602092830120835290820192909252015f90812054600c8601805464010000000063ffffffff90931692830267ffffffff00000000199091161790556003860154600287015491935061130891612e2e565b905063ffffffff82161580159061131e57508015155b1561136c575f61133463ffffffff8416836147f3565b600d8701819055905061134d63ffffffff841682614806565b600e87015561136a61136563ffffffff851683614806565b612e77565b505b50505b600884015461138e90600160801b90046001600160401b031642614592565b600c858101805470ffffffffffffffff0000000000000000001916600160481b6001600160401b0394851602179055600d8087015491860154908601546040805187151581529486166020860152840192909252640100000000900463ffffffff166060830152608082015289907f2a2a2902bce4eaf054060d8d29c95c64d13b94f82b85bb9376f418c3134a46339060a00160405180910390a2505050505050505050565b5f828152600a60209081526040808320600b90925290912060098201546001600160a01b03163314611479576040516331511a2160e21b815260040160405180910390fd5b600c82015460ff165f81600781111561149457611494614531565b14806114b1575060048160078111156114af576114af614531565b115b156114d15780604051630d64047360e21b81526004016106f69190614717565b81546201000090046001600160401b03165f03611501576040516316a519cf60e31b815260040160405180910390fd5b6008820154600160401b90046001600160401b03161580159061153757506008820154600160401b90046001600160401b031642115b1561156c5760088201546040516326b39d0360e11b8152600160401b9091046001600160401b031660048201526024016106f6565b60058201545f906115869063ffffffff808816911661457f565b905063ffffffff851615806115a35750600583015463ffffffff16155b806115b1575063ffffffff81115b806115d1575060048301546115cd9063ffffffff871690614806565b3414155b156115ef57604051631a4878ed60e21b815260040160405180910390fd5b60058301805463ffffffff191663ffffffff8316179055600f830180543491905f9061161c90849061457f565b9091555061162b905034612ea8565b6040805163ffffffff80881682528316602082015287917f5c077d2e37e6c4514190a0520733e825a6e799d6925fd53fd26d186948e0df11910160405180910390a2505050505050565b5f858152600a60209081526040808320600e90925282206001810154919290916001600160401b031690036116bd576040516358568b5160e01b815260040160405180910390fd5b60018101546001600160401b03164211156116fc5760018101546040516326b39d0360e11b81526001600160401b0390911660048201526024016106f6565b82851415806117345750805460405161171b9088908890602001614785565b6040516020818303038152906040528051906020012014155b156117525760405163a7efde2760e01b815260040160405180910390fd5b5f856001600160401b0381111561176b5761176b61481d565b604051908082528060200260200182016040528015611794578160200160208202803683370190505b5090505f5b8681101561185f576117f5848989848181106117b7576117b761472b565b90506020020160208101906117cc91906145c7565b8888858181106117de576117de61472b565b90506020028101906117f09190614831565b612eb9565b61181257604051637ca55c7760e01b815260040160405180910390fd5b8585828181106118245761182461472b565b90506020028101906118369190614831565b6020013582828151811061184c5761184c61472b565b6020908102919091010152600101611799565b505f888152600e60205260408120908155600101805467ffffffffffffffff19169055600983015460078401546118a1916001600160a01b031690338161309a565b877f409c0e1c1ce25997854455cc772b3ca1732f70ee9e6a87ff3b99d189c1175472338989856040516118d7949392919061484f565b60405180910390a25050505050505050565b5f838152600b60209081526040808320600c83528184203385529092529091206002815460ff16600581111561192157611921614531565b14611945578054604051635c4ff07d60e01b81526106f69160ff1690600401614558565b6008820154600160401b90046001600160401b0316421161199057600882015460405163d606d83f60e01b8152600160401b9091046001600160401b031660048201526024016106f6565b6008820154600160801b90046001600160401b03164211156119dc5760088201546040516326b39d0360e11b8152600160801b9091046001600160401b031660048201526024016106f6565b600181015460408051602081018890523391810191909152606081018690526080810185905260a0016040516020818303038152906040528051906020012014611a3957604051638ff14e0d60e01b815260040160405180910390fd5b600281018490558054600360ff19909116178082555f868152600d6020908152604080832081516101009095046001600160401b031685840152848201899052815180860383018152606090950182528451948301949094208352929052908120805463ffffffff1691611aac836145e0565b825461010092830a63ffffffff81810219909216929091160217909155825460408051929091046001600160401b031682526020820187905233925087917fbf6c60af379ac044ddd6f443bbbd180330c08caf9a7e0634d1aceaa5ca6e79a19101610847565b5f611b1e826003612b93565b5f838152600b602052604081208054929350916201000090046001600160401b03169003611b5f576040516316a519cf60e31b815260040160405180910390fd5b600f8201545f03611b8357604051636a35b3b160e11b815260040160405180910390fd5b6008810154600160401b90046001600160401b0316421115611bcf5760088101546040516326b39d0360e11b8152600160401b9091046001600160401b031660048201526024016106f6565b600a8201546001600160a01b03163303611bfc576040516320a553e160e11b815260040160405180910390fd5b5f838152600c60209081526040808320338452909152812090815460ff166005811115611c2b57611c2b614531565b14611c49576040516335d9080560e01b815260040160405180910390fd5b600582015463ffffffff1615801590611c7457506005820154600c83015463ffffffff918216911610155b15611ca057600582015460405163fa17747b60e01b815263ffffffff90911660048201526024016106f6565b611cb033835f01600101546129bd565b600c82015463ffffffff16611cc68160016148b6565b600c8401805463ffffffff191663ffffffff928316179055825474ffffffffffffffffffffffff0000000000000000ff1916600160481b436001600160401b03818116830263ffffffff60881b191693909317600160881b9486169485021760011786555f898152601060209081526040808320968352958152908590209190915585549351919093049091168152339187917ff17dd6991aa4e09156a43fff8b35813a2f571224525ff2107403261da72ac1999101610847565b6001600160a01b038216611dab5760405163a80d67dd60e01b8152600481018290526024016106f6565b5f838152600c602090815260408083206001600160a01b03861684529091528120906005825460ff166005811115611de557611de5614531565b1490505f5f611df6878688866131d3565b60038701805493955090935063ffffffff9092169190505f611e17836148d2565b825463ffffffff9182166101009390930a9283029190920219909116179055505f878152600a602052604090206001826002811115611e5857611e58614531565b03611ee657611e6f83826006016001015489613393565b83158015611e855750600385015463ffffffff16155b15611e9657845460ff191660031785555b60408051878152600160208201526001600160a01b038916918a917f2cf916c51f5ad0fb8350a4ca8c14c6a9167396b0e8fdf9fc3ac04450f999b105910160405180910390a35050505050505050565b611ef783826006016001015461351a565b604080518781525f60208201526001600160a01b038916918a917f2cf916c51f5ad0fb8350a4ca8c14c6a9167396b0e8fdf9fc3ac04450f999b105910160405180910390a38315611f4c575050505050505050565b5f888152600b602052604090206001810154611f82898287612710611f736103e884614806565b611f7d91906147f3565b61309a565b865460ff19166005178755611f9782886135dd565b6009830154611fb09083906001600160a01b0316613668565b886001600160a01b03168a5f516020614a765f395f51905f5260045f604051611fda9291906148f0565b60405180910390a350505050505050505050565b805f0361200e57604051631f2a200560e01b815260040160405180910390fd5b61201833826136a2565b335f90815260026020526040812080549091839183919061203a90849061457f565b9091555061206a90507f000000000000000000000000000000000000000000000000000000000000000042614592565b816001015f6101000a8154816001600160401b0302191690836001600160401b031602179055508160055f8282546120a2919061457f565b90915550506001810154604080518481526001600160401b03909216602083015233917fbf6730b5b5d9fd45cdb42f69910317da629fd6e12b3ab41aa1708cd916385dfc91015b60405180910390a25050565b5f848152600a60209081526040808320600b8352818420600c84528285206001600160a01b038916865290935292208054600183015460ff90911690600282600581111561214557612145614531565b14806121625750600182600581111561216057612160614531565b145b1561221c576008840154600160801b90046001600160401b031642116121b257600884015460405163d606d83f60e01b8152600160801b9091046001600160401b031660048201526024016106f6565b825460ff191660051783556121c78882613726565b60098501546121e09085906001600160a01b0316613668565b876001600160a01b0316895f516020614a765f395f51905f5260015f60405161220a9291906148f0565b60405180910390a350505050506125a9565b600382600581111561223057612230614531565b146122505781604051635c4ff07d60e01b81526004016106f69190614558565b6005600c86015460ff16600781111561226b5761226b614531565b1415801561229257506006600c86015460ff16600781111561228f5761228f614531565b14155b156122b957600c850154604051630d64047360e21b81526106f69160ff1690600401614717565b600c850154600160481b90046001600160401b031642101561230557600c85015460405163d606d83f60e01b8152600160481b9091046001600160401b031660048201526024016106f6565b825460ff19166005178084556002840154906001600160401b0361010090910416612330868661284e565b156123965761233f8a8461351a565b60098701546123589087906001600160a01b0316613668565b896001600160a01b03168b5f516020614a765f395f51905f5260055f6040516123829291906148f0565b60405180910390a3505050505050506125a9565b5f6123a1878761289d565b156123aa575060025b5f8160058111156123bd576123bd614531565b1461242d576123cc8b85613726565b6123d687876135dd565b60098801546123ef9088906001600160a01b0316613668565b8a6001600160a01b03168c5f516020614a765f395f51905f52835f6040516124189291906148f0565b60405180910390a350505050505050506125a9565b6124378b8561351a565b60098701545f90610100900460ff168015612468575060098801546001600160401b03848116630100000090920416145b8015612477575087600b015484145b80156124865750600d88015415155b156124b55787600d015490508088600e015f8282546124a591906147cc565b909155506124b590508c82613806565b5f6005600c8b015460ff1660078111156124d1576124d1614531565b14801561250457506124fe6124e58f612bf2565b6124f9906001600160401b0316600161457f565b613827565b60ff168b145b80156125315750600d8a015461252f866125286001600160401b038816600161457f565b8f8f61384f565b145b9050801561254b576004890154612548908361457f565b91505b61256d89826125675760098c01546001600160a01b0316613668565b8e613668565b8c6001600160a01b03168e5f516020614a765f395f51905f5285856040516125969291906148f0565b60405180910390a3505050505050505050505b50505050565b345f036125cf57604051631f2a200560e01b815260040160405180910390fd5b335f90815260208190526040812080543492906125ed90849061457f565b925050819055503460035f828254612605919061457f565b909155505060405134815233907f2da466a7b24304f47e87fa2e1e5a81b9831ce54fec19055ce277ca2f39ba42c49060200160405180910390a2565b5f60075460065460055460045460035461265b919061457f565b612665919061457f565b61266f919061457f565b612679919061457f565b905090565b5f828152600b60205260408120600c810154600160401b900463ffffffff16808410156126d7575f85815260106020908152604080832087845290915290819020546126ce91600191901c6147cc565b92505050612848565b5f5f5f6126e48888613896565b919450925090505f5b83518110156127eb575f8282815181106127095761270961472b565b602002602001015190508382815181106127255761272561472b565b60200260200101516001600160401b031660018261274391906147cc565b0361274b57505f5b5f8a8152601160205260408120855183929087908690811061276f5761276f61472b565b602002602001015181526020019081526020015f2081905550604085838151811061279c5761279c61472b565b602002602001015160016127b0919061457f565b5f8c81526010602052604081209190921b916127cc858a61457f565b815260208101919091526040015f2080549091179055506001016126ed565b506127f787600161457f565b85600c0160086101000a81548163ffffffff021916908363ffffffff160217905550826001845161282891906147cc565b815181106128385761283861472b565b6020026020010151955050505050505b92915050565b60098201545f90610100900460ff1680156128965750600983015461288490630100000090046001600160401b0316600161457f565b825461010090046001600160401b0316145b9392505050565b60098201545f90610100900460ff1680156128d557506009830154825461010090046001600160401b03908116630100000090920416145b8015612896575050600a909101546002909101541490565b5f6128f784612bf2565b90506001600160401b03811661291060208401846145c7565b6001600160401b031610158061294d57506129386124f96001600160401b038316600161457f565b60ff166129486040840184614907565b905014155b1561296b57604051637ca55c7760e01b815260040160405180910390fd5b600d83015461299f6020840180359061298490866145c7565b6001600160401b031661299a6040870187614907565b61384f565b146125a957604051637ca55c7760e01b815260040160405180910390fd5b6129c782826136a2565b6001600160a01b0382165f90815260016020526040812080548392906129ee90849061457f565b925050819055508060045f828254612a06919061457f565b90915550506040518181526001600160a01b038316907f9f1ec8c880f76798e7b793325d625e9b60e4082a553c98f42b6cda368dd60008906020016120e9565b604080516101a0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e081018290526101008101829052610120810182905261014081018290526101608101829052610180810191909152604080516101a0810182526001600160a01b0387168152600c880154600160a81b900461ffff16602082015233918101919091526001870154606082015260028701546080820152600387015460a082015260c0810184905260e081018390526005870154610100820190612b3390600160401b90046001600160401b03168761494c565b6001600160401b0390811682526005890154600160401b810482166020840152600160801b810463ffffffff166040840152600160a01b900460ff1660608301526008890154600160c01b90041660809091015290505b95945050505050565b5f828152600a60205260409020816007811115612bb257612bb2614531565b600c82015460ff166007811115612bcb57612bcb614531565b1461284857600c810154604051630d64047360e21b81526106f69160ff1690600401614717565b5f818152600a602052604081206005810154612896906001600160401b03600160401b82048116911661496e565b604080516020808201889052818301879052606080830187905283518084039091018152608090920190925280519101205f9081906001600160401b0385161580612c7a575061ffff8416612c776127108361499b565b10155b15612c8b575f5f9250925050612caa565b6001612ca46001600160401b038716608084901c61499b565b92509250505b9550959350505050565b5f868152600a60209081526040808320600b909252822090918080612d4186612d3c8c8e6040805160606020808301829052601560808401527476657269747261696e2e666f726365642e6d61736b60581b60a08085019190915283850196909652908201939093528151808203909401845260c00190528151910120600160ff9091161790565b613a83565b919450925090505f612d5d6001600160401b038b16600161457f565b9050831580612d7a5750612d736124e58d612bf2565b60ff168814155b80612d94575085600d0154612d9183838c8c61384f565b14155b15612db257604051637ca55c7760e01b815260040160405180910390fd5b612dbe83828b8b61384f565b600d870155612dcc8c612bf2565b6001600160401b03168103612de357600e86018390555b506009840180546001600160401b03909a166301000000026affffffffffffffff00ff0019909a169990991761010017909855600a83019790975550600b0194909455505050505050565b6007545f90612710612e426103e883614806565b612e4c91906147f3565b612e56908461457f565b915081841015612e64578391505b81811015612e70578091505b5092915050565b8060075f828254612e8891906147cc565b925050819055508060065f828254612ea0919061457f565b909155505050565b8060065f828254612ea0919061457f565b5f63ffffffff602084901c8116908416612ed660808501856149ae565b159050612fd2576020840135151580612efc5750612ef76040850185614907565b151590505b80612f62575083356002612f1360808701876149ae565b604051612f219291906149f0565b602060405180830381855afa158015612f3c573d5f5f3e3d5ffd5b5050506040513d601f19601f82011682018060405250810190612f5f9190614700565b14155b80612f8a5750612f7d612f7860808601866149ae565b613ac7565b612f88826008614806565b105b15612f99575f92505050612896565b600e860154612fc8612fb0863560a0880135613c16565b612fbb85600161457f565b61299a6060890189614907565b1492505050612896565b8335158015612fe357506020840135155b8015612ffb5750612ff76040850185614907565b1590505b15613043576005860154600160a01b900460ff1661301c6060860186614907565b905014801561303a5750600e860154612fc85f612fbb85600161457f565b92505050612896565b5f8061307a848735613056866008614806565b60208a013561306860408c018c614907565b61307560608e018e614907565b613c4f565b9150915081801561308e575087600e015481145b98975050505050505050565b6001600160a01b0384165f90815260016020526040812080548592906130c19084906147cc565b925050819055508260045f8282546130d991906147cc565b90915550506001600160a01b0382165f908152602081905260408120805483929061310590849061457f565b925050819055508060035f82825461311d919061457f565b9091555061312d905081846147cc565b60075f82825461313d919061457f565b909155505060408051848152602081018390525f8183015290516001600160a01b0384811692908716917f83b5f75e441a9db2d1054d5ef2c5e3c4aac434fbb76c29fc9b11bac21d6400359181900360600190a37f2076cd8bd7c147f4b7bb2b5e2dd0db46fb74246bc4c4e3ded824202bfff5ca576131bc82856147cc565b60405190815260200160405180910390a150505050565b5f838152600f60209081526040808320815160808101835281546001600160a01b038082168084526001600160401b03600160a01b938490048116978501979097526001909401549081169483019490945290920490921660608201528291829190158061324e57508781606001516001600160401b031614155b8061326f5750856001600160a01b031681604001516001600160a01b031614155b156132905760405163a80d67dd60e01b8152600481018890526024016106f6565b604051633c59405960e01b8152600481018890527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690633c59405990602401602060405180830381865afa1580156132f3573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061331791906149ff565b91505f82600281111561332c5761332c614531565b148015613337575084155b15613355576040516347ca30d160e11b815260040160405180910390fd5b5f968752600f6020908152604090972080546001600160e01b0319908116825560019091018054909116905580519601519597959650949350505050565b6001600160a01b0383165f90815260016020526040812080548492906133ba9084906147cc565b925050819055508160045f8282546133d291906147cc565b909155505f905061271061340a61ffff7f00000000000000000000000000000000000000000000000000000000000000001685614806565b61341491906147f3565b9050805f5f846001600160a01b03166001600160a01b031681526020019081526020015f205f828254613447919061457f565b90915550613457905081846147cc565b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000165f908152602081905260408120805490919061349e90849061457f565b925050819055508260035f8282546134b6919061457f565b90915550506001600160a01b038083169085167f83b5f75e441a9db2d1054d5ef2c5e3c4aac434fbb76c29fc9b11bac21d64003585846134f681836147cc565b6040805193845260208401929092529082015260600160405180910390a350505050565b6001600160a01b0382165f90815260016020526040812080548392906135419084906147cc565b925050819055508060045f82825461355991906147cc565b90915550506001600160a01b0382165f908152602081905260408120805483929061358590849061457f565b925050819055508060035f82825461359d919061457f565b90915550506040518181526001600160a01b038316907f0f0bc5b519ddefdd8e5f9e6423433aa2b869738de2ae34d58ebc796fc749fa0d906020016120e9565b6009820154610100900460ff16801561361357506009820154815461010090046001600160401b03908116630100000090920416145b8015613626575081600b01548160020154145b80156136355750600d82015415155b156136645781600d015482600e015f82825461365191906147cc565b9091555050600d82015461366490613cfb565b5050565b60048201545f81900361367a57505050565b8083600f015f82825461368d91906147cc565b9091555061369d90508282613806565b505050565b6001600160a01b0382165f90815260208190526040902054818110156136e55760405163018ac91360e61b815260048101829052602481018390526044016106f6565b6136ef82826147cc565b6001600160a01b0384165f908152602081905260408120919091556003805484929061371c9084906147cc565b9091555050505050565b6001600160a01b0382165f908152600160205260408120805483929061374d9084906147cc565b925050819055508060045f82825461376591906147cc565b925050819055508060075f82825461377d919061457f565b9091555050604080518281525f602082018190529181018290526001600160a01b038416907f83b5f75e441a9db2d1054d5ef2c5e3c4aac434fbb76c29fc9b11bac21d6400359060600160405180910390a36040518181527f2076cd8bd7c147f4b7bb2b5e2dd0db46fb74246bc4c4e3ded824202bfff5ca579060200160405180910390a15050565b8060065f82825461381791906147cc565b9091555061366490508282613d5f565b5f5b818160ff166001901b101561384a578061384281614a1d565b915050613829565b919050565b5f61010082108015613862575083821c15155b1561388a5760405163177e5bcb60e01b815260048101859052602481018390526044016106f6565b612b8a85858585613dde565b5f828152600b60205260408120600c015460609182918291600160401b90910463ffffffff1690816138c987600161457f565b6138d391906147cc565b9050806001600160401b038111156138ed576138ed61481d565b604051908082528060200260200182016040528015613916578160200160208202803683370190505b509450806001600160401b038111156139315761393161481d565b60405190808252806020026020018201604052801561395a578160200160208202803683370190505b509350806001600160401b038111156139755761397561481d565b60405190808252806020026020018201604052801561399e578160200160208202803683370190505b5092505f6139ab88612bf2565b5f898152600a60205260408120600f01546001600160401b039290921692505b83811015613a77575f806139ea8c6139e3858a61457f565b8787613e84565b915091506139fb8c838b8b87613fdf565b8a8481518110613a0d57613a0d61472b565b60200260200101818152505081898481518110613a2c57613a2c61472b565b602002602001018181525050613a458c828b8b87613fdf565b613a5090600161457f565b888481518110613a6257613a6261472b565b602090810291909101015250506001016139cb565b50505050509250925092565b5f8080613aba8535602087013560408801356060890135613aa760808b018b614907565b613ab460a08d018d614907565b8c6140a1565b9250925092509250925092565b5f6004821015613ad857505f612848565b5f600884846002818110613aee57613aee61472b565b919091013560f81c90911b905084846001818110613b0e57613b0e61472b565b613b249392013560f81c9091179050600361457f565b9050808311613b36575f915050612848565b5f848483818110613b4957613b4961472b565b919091013560f81c9150829050613b5f81614a32565b9250613b6e9050816008614806565b613b78908361457f565b8414613b88575f92505050612848565b600192505f5b81811015613c0d575f805b6008811015613bf757613bad816008614806565b888883613bbb876008614806565b613bc5908a61457f565b613bcf919061457f565b818110613bde57613bde61472b565b919091013560f81c90911b929092179150600101613b99565b50613c028186614806565b945050600101613b8e565b50505092915050565b5f6040516002815383600182015282602182015260205f60418360025afa613c455763832d99055f526004601cfd5b50505f5192915050565b5f80600388901c61010086108015613c68575080861c15155b15613c7957505f9150819050613cee565b5f198b03613c8d57505f9150819050613cee565b5f613c998c600161457f565b905061010085108015613cad575080851c15155b15613cc057505f9250829150613cee9050565b5f613cd68c613cd18c868d8d613dde565b613c16565b90506001613ce682848a8a613dde565b945094505050505b9850989650505050505050565b8060065f828254613d0c91906147cc565b925050819055508060075f828254613d24919061457f565b90915550506040518181527f2076cd8bd7c147f4b7bb2b5e2dd0db46fb74246bc4c4e3ded824202bfff5ca579060200160405180910390a150565b6001600160a01b0382165f9081526020819052604081208054839290613d8690849061457f565b925050819055508060035f828254613d9e919061457f565b90915550506040518181526001600160a01b038316907f9c9e0cdb1670e88302408e5b941dc636f63a3293204694bb68910fcf3d9305f3906020016120e9565b5f6040515f815385600182015260205f60218360025afa613e065763832d99055f526004601cfd5b5f519150838360051b8101600183535b80821015613e7957600187168015613e3a5782356001850152846021850152613e48565b846001850152823560218501525b5060205f60418560025afa613e645763832d99055f526004601cfd5b5f5193508660011c9650602082019150613e16565b505050949350505050565b5f84815260106020908152604080832086845290915281205481908190613eac906001614592565b6001600160401b03169050804311613eee57613ec981600161457f565b6040516302c32a2d60e01b81526001600160401b0390911660048201526024016106f6565b5f613ef882614123565b90505f819003613f58576040805160606020820181905260116080830152701d995c9a5d1c985a5b8b995e1c1a5c9959607a1b60a08301529181018a905290810188905260c0016040516020818303038152906040528051906020012090505b5f613f63878961499b565b613f6d90886147cc565b90505f6040613f7c898b6147f3565b60408051602081018b9052908101869052606081018c9052911b91508290608001604051602081830303815290604052805190602001205f1c613fbf919061499b565b81179550613fce6001836147cc565b811794505050505094509492505050565b5f815b801561405b578585613ff56001846147cc565b815181106140055761400561472b565b6020026020010151036140495760018461401f82846147cc565b8151811061402f5761402f61472b565b602002602001015161404191906147cc565b915050612b8a565b8061405381614a4a565b915050613fe2565b505f868152601160209081526040808320888452909152902054801561408b576140866001826147cc565b614096565b856001600160401b03165b979650505050505050565b5f5f5f6140b48c8c8c8c8c8c8c8c613c4f565b909350915061410e8c8c8c6141058d828a600881811b62ff00001682821c61ff0016601884811c60ff16919091179190911792901b63ff0000001691909117600792909216600402601c03021b1890565b8c8c8c8c613c4f565b90508091505099509950999650505050505050565b5f81431161413257505f919050565b61010061413f83436147cc565b1161414957504090565b5f5f71f90827f1c53a10cb7a02335b1753200029356001600160a01b03168460405160200161417a91815260200190565b60408051601f198184030181529082905261419491614a5f565b5f60405180830381855afa9150503d805f81146141cc576040519150601f19603f3d011682016040523d82523d5f602084013e6141d1565b606091505b50915091508180156141e4575080516020145b1561420057808060200190518101906141fd9190614700565b92505b5050919050565b5f5f60408385031215614218575f5ffd5b50508035926020909101359150565b80356001600160a01b038116811461384a575f5ffd5b5f5f5f6060848603121561424f575f5ffd5b8335925061425f60208501614227565b915060408401356001600160401b03811115614279575f5ffd5b840160a0818703121561428a575f5ffd5b809150509250925092565b5f5f83601f8401126142a5575f5ffd5b5081356001600160401b038111156142bb575f5ffd5b6020830191508360208260051b85010111156142d5575f5ffd5b9250929050565b5f5f5f604084860312156142ee575f5ffd5b8335925060208401356001600160401b0381111561430a575f5ffd5b61431686828701614295565b9497909650939450505050565b5f5f5f5f5f60808688031215614337575f5ffd5b853594506020860135935060408601356001600160401b0381111561435a575f5ffd5b61436688828901614295565b90945092505060608601356001600160401b03811115614384575f5ffd5b860160c08189031215614395575f5ffd5b809150509295509295909350565b5f5f604083850312156143b4575f5ffd5b82359150602083013563ffffffff811681146143ce575f5ffd5b809150509250929050565b5f5f5f5f5f606086880312156143ed575f5ffd5b8535945060208601356001600160401b03811115614409575f5ffd5b61441588828901614295565b90955093505060408601356001600160401b03811115614433575f5ffd5b61443f88828901614295565b969995985093965092949392505050565b5f5f5f60608486031215614462575f5ffd5b505081359360208301359350604090920135919050565b5f60208284031215614489575f5ffd5b5035919050565b5f5f5f606084860312156144a2575f5ffd5b833592506144b260208501614227565b929592945050506040919091013590565b5f5f5f5f606085870312156144d6575f5ffd5b843593506144e660208601614227565b925060408501356001600160401b03811115614500575f5ffd5b61450c87828801614295565b95989497509550505050565b5f60208284031215614528575f5ffd5b61289682614227565b634e487b7160e01b5f52602160045260245ffd5b6006811061455557614555614531565b50565b6020810161456583614545565b91905290565b634e487b7160e01b5f52601160045260245ffd5b808201808211156128485761284861456b565b6001600160401b0381811683821601908111156128485761284861456b565b80356001600160401b038116811461384a575f5ffd5b5f602082840312156145d7575f5ffd5b612896826145b1565b5f63ffffffff821663ffffffff81036145fb576145fb61456b565b60010192915050565b81516001600160a01b031681526101a08101602083015161462b602084018261ffff169052565b50604083015161464660408401826001600160a01b03169052565b50606083015160608301526080830151608083015260a083015160a083015260c083015160c083015260e083015160e08301526101008301516146956101008401826001600160401b03169052565b506101208301516146b26101208401826001600160401b03169052565b506101408301516146cc61014084018263ffffffff169052565b506101608301516146e361016084018260ff169052565b50610180830151612e706101808401826001600160401b03169052565b5f60208284031215614710575f5ffd5b5051919050565b602081016008831061456557614565614531565b634e487b7160e01b5f52603260045260245ffd5b8183526020830192505f815f5b8481101561477b576001600160401b03614765836145b1565b168652602095860195919091019060010161474c565b5093949350505050565b602081525f61479860208301848661473f565b949350505050565b604081525f6147b360408301858761473f565b90506001600160401b0383166020830152949350505050565b818103818111156128485761284861456b565b634e487b7160e01b5f52601260045260245ffd5b5f82614801576148016147df565b500490565b80820281158282048414176128485761284861456b565b634e487b7160e01b5f52604160045260245ffd5b5f823560be19833603018112614845575f5ffd5b9190910192915050565b6001600160a01b03851681526060602082018190525f90614873908301858761473f565b8281036040840152835180825260208086019201905f5b818110156148a857835183526020938401939092019160010161488a565b509098975050505050505050565b63ffffffff81811683821601908111156128485761284861456b565b5f63ffffffff8216806148e7576148e761456b565b5f190192915050565b604081016148fd84614545565b9281526020015290565b5f5f8335601e1984360301811261491c575f5ffd5b8301803591506001600160401b03821115614935575f5ffd5b6020019150600581901b36038213156142d5575f5ffd5b6001600160401b038181168382160290811690818114612e7057612e7061456b565b5f6001600160401b03831680614986576149866147df565b806001600160401b0384160491505092915050565b5f826149a9576149a96147df565b500690565b5f5f8335601e198436030181126149c3575f5ffd5b8301803591506001600160401b038211156149dc575f5ffd5b6020019150368190038213156142d5575f5ffd5b818382375f9101908152919050565b5f60208284031215614a0f575f5ffd5b815160038110612896575f5ffd5b5f60ff821660ff81036145fb576145fb61456b565b5f60018201614a4357614a4361456b565b5060010190565b5f81614a5857614a5861456b565b505f190190565b5f82518060208501845e5f92019182525091905056fe0c66915ab1d13caeb6b1ddfe03c0e8b8e9ef88ca063d088cdcd6bcd9733106b5a2646970667358221220952b2fcf22cc370ae13e79d2ce8202e6cbf247377356262281fe9e959490204364736f6c63430008250033",
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

// PackAddChecks is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5edbacac.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addChecks(uint256 id, uint32 n) payable returns()
func (taskMarket *TaskMarket) PackAddChecks(id *big.Int, n uint32) []byte {
	enc, err := taskMarket.abi.Pack("addChecks", id, n)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddChecks is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5edbacac.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addChecks(uint256 id, uint32 n) payable returns()
func (taskMarket *TaskMarket) TryPackAddChecks(id *big.Int, n uint32) ([]byte, error) {
	return taskMarket.abi.Pack("addChecks", id, n)
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
// Solidity: function getAttestation(uint256 id, address attester) view returns((uint8,uint64,uint64,uint32,bytes32,bytes32,uint32))
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
// Solidity: function getAttestation(uint256 id, address attester) view returns((uint8,uint64,uint64,uint32,bytes32,bytes32,uint32))
func (taskMarket *TaskMarket) TryPackGetAttestation(id *big.Int, attester common.Address) ([]byte, error) {
	return taskMarket.abi.Pack("getAttestation", id, attester)
}

// UnpackGetAttestation is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x17131dc7.
//
// Solidity: function getAttestation(uint256 id, address attester) view returns((uint8,uint64,uint64,uint32,bytes32,bytes32,uint32))
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
// Solidity: function getAudit(uint256 id) view returns(((uint16,uint64,uint64,uint256,uint256,uint256,uint256,uint32),bytes32,bytes32,uint64,uint64,uint64,uint64,bool,bool,bool,uint64,uint64,bytes32,bytes32,uint32,uint32,uint32,uint256,uint256,uint256))
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
// Solidity: function getAudit(uint256 id) view returns(((uint16,uint64,uint64,uint256,uint256,uint256,uint256,uint32),bytes32,bytes32,uint64,uint64,uint64,uint64,bool,bool,bool,uint64,uint64,bytes32,bytes32,uint32,uint32,uint32,uint256,uint256,uint256))
func (taskMarket *TaskMarket) TryPackGetAudit(id *big.Int) ([]byte, error) {
	return taskMarket.abi.Pack("getAudit", id)
}

// UnpackGetAudit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x17bf37a3.
//
// Solidity: function getAudit(uint256 id) view returns(((uint16,uint64,uint64,uint256,uint256,uint256,uint256,uint32),bytes32,bytes32,uint64,uint64,uint64,uint64,bool,bool,bool,uint64,uint64,bytes32,bytes32,uint32,uint32,uint32,uint256,uint256,uint256))
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

// TaskMarketChecksAdded represents a ChecksAdded event raised by the TaskMarket contract.
type TaskMarketChecksAdded struct {
	Id           *big.Int
	Added        uint32
	MaxAttesters uint32
	Raw          *types.Log // Blockchain specific contextual infos
}

const TaskMarketChecksAddedEventName = "ChecksAdded"

// ContractEventName returns the user-defined event name.
func (TaskMarketChecksAdded) ContractEventName() string {
	return TaskMarketChecksAddedEventName
}

// UnpackChecksAddedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ChecksAdded(uint256 indexed id, uint32 added, uint32 maxAttesters)
func (taskMarket *TaskMarket) UnpackChecksAddedEvent(log *types.Log) (*TaskMarketChecksAdded, error) {
	event := "ChecksAdded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketChecksAdded)
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
