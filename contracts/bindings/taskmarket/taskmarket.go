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
	Challenger common.Address
	Game       *big.Int
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
	ChallengedEnd     [32]byte
	ChallengeWinner   common.Address
	Decoy             [32]byte
	TrueLeaf          [32]byte
	Attesters         uint32
	Finders           uint32
	JackpotShare      *big.Int
	JackpotHeld       *big.Int
	FeesHeld          *big.Int
	DisputeEnd        uint64
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
	Challenger  common.Address
	Reward      *big.Int
	Status      uint8
	CommitBy    uint64
	WindowEnd   uint64
	WindowLeft  uint64
	CommitBlock uint64
	Game        *big.Int
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
	ABI: "[{\"inputs\":[{\"internalType\":\"contractPinpointGame\",\"name\":\"game_\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"unbondingDelay_\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"treasury_\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"winnerShareBps_\",\"type\":\"uint16\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AlreadyAttested\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"lastBlock\",\"type\":\"uint64\"}],\"name\":\"AttestExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"max\",\"type\":\"uint32\"}],\"name\":\"AttestersFull\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadChunks\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadConfig\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadProof\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadReveal\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadSecret\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadTask\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leaves\",\"type\":\"uint256\"}],\"name\":\"BadTrace\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"answerBy\",\"type\":\"uint64\"}],\"name\":\"ChunksPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"lastBlock\",\"type\":\"uint64\"}],\"name\":\"ClaimHashExpired\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"GamePending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"InfoTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"have\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"InsufficientFree\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LazyAttestation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoAudit\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoChunkRequest\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoSeed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotSolver\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotSubmitter\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pathLength\",\"type\":\"uint256\"}],\"name\":\"ProofIndexTooLarge\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"Reentrant\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SecretAlreadyRevealed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SecretNotRevealed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SeedDrawn\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"atBlock\",\"type\":\"uint64\"}],\"name\":\"SeedNotReady\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SelfChallenge\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SolverCannotAttest\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"releaseAt\",\"type\":\"uint64\"}],\"name\":\"StillUnbonding\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumTaskMarket.Term\",\"name\":\"term\",\"type\":\"uint8\"}],\"name\":\"TermOutOfBounds\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"when\",\"type\":\"uint64\"}],\"name\":\"TooEarly\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"TooLate\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"VoidAttestation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumTaskMarketAttState\",\"name\":\"have\",\"type\":\"uint8\"}],\"name\":\"WrongAttestation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumTaskMarketStatus\",\"name\":\"have\",\"type\":\"uint8\"}],\"name\":\"WrongStatus\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"info\",\"type\":\"bytes\"}],\"name\":\"Announced\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"joinBlock\",\"type\":\"uint64\"}],\"name\":\"AttestJoined\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"attestEnd\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"revealEnd\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"secretEnd\",\"type\":\"uint64\"}],\"name\":\"AttestPhase\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"enumTaskMarketOutcome\",\"name\":\"outcome\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"}],\"name\":\"AttestationClosed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"game\",\"type\":\"uint256\"}],\"name\":\"AttestationDisputed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"segment\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"endHash\",\"type\":\"bytes32\"}],\"name\":\"AttestationRevealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"game\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"attesterWon\",\"type\":\"bool\"}],\"name\":\"AttestationSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"segment\",\"type\":\"uint64\"}],\"name\":\"Attested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"segment\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"game\",\"type\":\"uint256\"}],\"name\":\"Challenged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64[]\",\"name\":\"chunks\",\"type\":\"uint64[]\"},{\"indexed\":false,\"internalType\":\"bytes32[]\",\"name\":\"leaves\",\"type\":\"bytes32[]\"}],\"name\":\"ChunksAnswered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64[]\",\"name\":\"chunks\",\"type\":\"uint64[]\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"answerBy\",\"type\":\"uint64\"}],\"name\":\"ChunksRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Credited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Deposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"game\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"solverWon\",\"type\":\"bool\"}],\"name\":\"DisputeSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"JackpotFunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Locked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"forced\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"segment\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"finders\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"jackpotShare\",\"type\":\"uint256\"}],\"name\":\"SecretRevealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fromBlock\",\"type\":\"uint256\"}],\"name\":\"SeedDrawnEvent\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"winner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"toTreasury\",\"type\":\"uint256\"}],\"name\":\"Slashed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"commitBy\",\"type\":\"uint64\"}],\"name\":\"TaskClaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"enumTaskMarketStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"TaskFinalized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"}],\"name\":\"TaskPosted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"finalRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"windowEnd\",\"type\":\"uint64\"}],\"name\":\"TraceCommitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32[]\",\"name\":\"leaves\",\"type\":\"bytes32[]\"}],\"name\":\"TraceLeaves\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Unlocked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"releaseAt\",\"type\":\"uint64\"}],\"name\":\"WithdrawalRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"ATTEST_BOUNTY_BPS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_CHECKPOINTS\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_CHUNKS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_INFO\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_INTERVAL\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_NODES\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_STATE_DEPTH\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_STEPS\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_WINDOW\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MIN_WINDOW\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"POOL_DRAW_BPS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SEED_DELAY\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"info\",\"type\":\"bytes\"}],\"name\":\"announce\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64[]\",\"name\":\"chunks\",\"type\":\"uint64[]\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"headerHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"dataPath\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"statePath\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes\",\"name\":\"header\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structTaskMarketChunkOpening[]\",\"name\":\"o\",\"type\":\"tuple[]\"}],\"name\":\"answerChunks\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"assignment\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"name\":\"attest\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"}],\"name\":\"attestSegment\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"auditModule\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"cancelTask\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"segment\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"startProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"endProof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structTaskMarketChallenge\",\"name\":\"c\",\"type\":\"tuple\"}],\"name\":\"challenge\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"chunkRequest\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"wanted\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"answerBy\",\"type\":\"uint64\"}],\"internalType\":\"structTaskMarketChunkRequest\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"secretHash\",\"type\":\"bytes32\"}],\"name\":\"claimTask\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"closeAttestation\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"leaves\",\"type\":\"bytes32[]\"}],\"name\":\"commitTrace\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"secret\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"decoyMask\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deployBlock\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"segment\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"startProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"endProof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structTaskMarketChallenge\",\"name\":\"c\",\"type\":\"tuple\"}],\"name\":\"disputeAttestation\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"drawSeed\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"finalize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"fixClaimHash\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"secret\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"claimHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"n\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"bps\",\"type\":\"uint16\"}],\"name\":\"forcedError\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"forced\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"f\",\"type\":\"uint64\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"free\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"game\",\"outputs\":[{\"internalType\":\"contractPinpointGame\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"}],\"name\":\"getAttestation\",\"outputs\":[{\"components\":[{\"internalType\":\"enumTaskMarketAttState\",\"name\":\"state\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"segment\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"joinBlock\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"endHash\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"game\",\"type\":\"uint256\"}],\"internalType\":\"structTaskMarketAttestation\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"getAudit\",\"outputs\":[{\"components\":[{\"components\":[{\"internalType\":\"uint16\",\"name\":\"forcedErrorBps\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"attestWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"revealWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"attestStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"jackpotFee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"jackpot\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"attestFee\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"maxAttesters\",\"type\":\"uint32\"}],\"internalType\":\"structTaskMarketAudit\",\"name\":\"audit\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"secretHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"claimHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"claimBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"attestEnd\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"revealEnd\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"secretEnd\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"secretRevealed\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"forced\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"solverLost\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"forcedSegment\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"challengedSegment\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"challengedEnd\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"challengeWinner\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"decoy\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"trueLeaf\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"attesters\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"finders\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"jackpotShare\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"jackpotHeld\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"feesHeld\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"disputeEnd\",\"type\":\"uint64\"}],\"internalType\":\"structTaskMarketAuditState\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"getTask\",\"outputs\":[{\"components\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"specHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"nodesRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateMapRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"initRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"steps\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"interval\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"numNodes\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"stateDepth\",\"type\":\"uint8\"}],\"internalType\":\"structTaskMarketSpec\",\"name\":\"spec\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"solverStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"challengerBond\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"claimBy\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"commitWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"challengeWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"gameClock\",\"type\":\"uint64\"}],\"internalType\":\"structTaskMarketTerms\",\"name\":\"terms\",\"type\":\"tuple\"},{\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"},{\"internalType\":\"enumTaskMarketStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"commitBy\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"windowEnd\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"windowLeft\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"commitBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"game\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"finalRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"}],\"internalType\":\"structTaskMarketTask\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"joinAttestation\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"locked\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"numCheckpoints\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"specHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"nodesRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateMapRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"initRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"steps\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"interval\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"numNodes\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"stateDepth\",\"type\":\"uint8\"}],\"internalType\":\"structTaskMarketSpec\",\"name\":\"spec\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"solverStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"challengerBond\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"claimBy\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"commitWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"challengeWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"gameClock\",\"type\":\"uint64\"}],\"internalType\":\"structTaskMarketTerms\",\"name\":\"terms\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint16\",\"name\":\"forcedErrorBps\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"attestWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"revealWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"attestStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"jackpotFee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"jackpot\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"attestFee\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"maxAttesters\",\"type\":\"uint32\"}],\"internalType\":\"structTaskMarketAudit\",\"name\":\"audit\",\"type\":\"tuple\"}],\"name\":\"postTask\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64[]\",\"name\":\"chunks\",\"type\":\"uint64[]\"}],\"name\":\"requestChunks\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"requestWithdrawal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"endHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"revealAttestation\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"secret\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"tensorIndex\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"headerHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"element\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"dataPath\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"statePath\",\"type\":\"bytes32[]\"}],\"internalType\":\"structTaskMarketDecoyOpening\",\"name\":\"o\",\"type\":\"tuple\"}],\"name\":\"revealSecret\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"settle\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"}],\"name\":\"settleAttestation\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"taskCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalEscrow\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalFree\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalHeld\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalJackpot\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalLocked\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalUnbonding\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"treasury\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"unbonding\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"releaseAt\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unbondingDelay\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"winnerShareBps\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "TaskMarket",
	Bin: "0x6101406040526001600855348015610015575f5ffd5b506040516191e03803806191e08339810160408190526100349161014b565b838383838282826001600160a01b038216158061005657506127108161ffff16115b15610074576040516301f30c8760e21b815260040160405180910390fd5b6001600160401b039092166080526001600160a01b0390811660a05261ffff90911660c0529390931660e05250506040518591508490849084906100b790610127565b6001600160a01b0394851681526001600160401b0390931660208401529216604082015261ffff9091166060820152608001604051809103905ff080158015610102573d5f5f3e3d5ffd5b506001600160a01b0316610100525050506001600160401b03431661012052506101b8565b61424b80614f9583390190565b6001600160a01b0381168114610148575f5ffd5b50565b5f5f5f5f6080858703121561015e575f5ffd5b845161016981610134565b60208601519094506001600160401b0381168114610185575f5ffd5b604086015190935061019681610134565b606086015190925061ffff811681146101ad575f5ffd5b939692955090935050565b60805160a05160c05160e0516101005161012051614d6c6102295f395f610b5b01525f81816109240152612e9001525f8181610c2701528181611ab30152611c8401525f8181610bad0152612cec01525f81816109830152612d6901525f8181610d4e015261222c0152614d6c5ff3fe60806040526004361061037c575f3560e01c8063833b15ca116101d3578063c60e34e3116100fd578063db7dd35a1161009d578063f55121641161006d578063f551216414610db3578063f5b0216114610dd2578063fede611414610df1578063ffc48e7714610e07575f5ffd5b8063db7dd35a14610d3d578063deb9663414610d70578063f367d5cc14610d87578063f43cc77314610d9f575f5ffd5b8063cbf9fe5f116100d8578063cbf9fe5f14610c93578063cd5e6ff214610cbe578063ced4cd2e14610cdd578063d0e30db014610d35575f5ffd5b8063c60e34e314610c49578063c89e9d4a146108b5578063c9b5bb1714610c68575f5ffd5b8063a1b49bdc11610173578063ac9380d611610143578063ac9380d614610b9c578063b216706c14610be2578063b6cb58a514610c01578063c3fe3e2814610c16575f5ffd5b8063a1b49bdc14610af7578063a3d8984414610b35578063a3ec191a14610b4a578063a5394c0a14610b7d575f5ffd5b80638f16e1cd116101ae5780638f16e1cd14610a7457806395d9200614610a9f5780639c3e603114610ab25780639ee679e814610ad8575f5ffd5b8063833b15ca14610a1c57806387679f8e14610a365780638df8280014610a55575f5ffd5b8063461c8cb7116102b45780635abf0f1911610254578063635154c711610224578063635154c7146109a557806370c04d80146109c45780637dbded0d146109de5780637eec20a8146109fd575f5ffd5b80635abf0f19146108f45780635e4a83a6146109135780635ed253461461095e57806361d027b314610972575f5ffd5b806352b65c4b1161028f57806352b65c4b146108a157806352d63ff4146108b557806356891412146108ca578063588fcfd8146108df575f5ffd5b8063461c8cb7146108535780634a1d0eed1461086d5780635058979314610882575f5ffd5b806323d9f2bb1161031f578063333e44e6116102fa578063333e44e6146107f6578063350fd0be1461080b5780633ccfd60b146108205780634029c43814610834575f5ffd5b806323d9f2bb146107965780632ef3dbf5146107b557806331335691146107e1575f5ffd5b806317bf37a31161035a57806317bf37a31461045557806317e859261461071e5780631af7453d1461073d5780631d65e77e1461076a575f5ffd5b806305261aea1461038057806314d3d41b146103a157806317131dc714610429575b5f5ffd5b34801561038b575f5ffd5b5061039f61039a366004613d69565b610e26565b005b3480156103ac575f5ffd5b506104006103bb366004613d69565b604080518082019091525f8082526020820152505f908152600e6020908152604091829020825180840190935280548352600101546001600160401b03169082015290565b60408051825181526020928301516001600160401b031692810192909252015b60405180910390f35b348015610434575f5ffd5b50610448610443366004613d96565b61120f565b6040516104209190613de8565b348015610460575f5ffd5b5061071161046f366004613d69565b604080516103c0810182525f6102c082018181526102e08301829052610300830182905261032083018290526103408301829052610360830182905261038083018290526103a08301829052825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810182905261012081018290526101408101829052610160810182905261018081018290526101a081018290526101c081018290526101e08101829052610200810182905261022081018290526102408101829052610260810182905261028081018290526102a0810191909152505f908152600b602081815260409283902083516103c081018552815461ffff81166102c083019081526001600160401b036201000080840482166102e0860152600160501b90930481166103008501526001850154610320850152600285015461034085015260038501546103608501526004850154610380850152600585015463ffffffff9081166103a086015291845260068501549584019590955260078401549683019690965260088301548085166060840152600160401b810485166080840152600160801b8104851660a0840152600160c01b9004841660c0830152600983015460ff808216151560e085015261010080830482161515908501529181049091161515610120830152630100000081048416610140830152600160581b90048316610160820152600a820154610180820152928101546001600160a01b03166101a0840152600c8101546101c0840152600d8101546101e0840152600e8101548085166102008501526401000000009004909316610220830152600f830154610240830152601083015461026083015260118301546102808301526012909201549091166102a082015290565b6040516104209190613ec3565b348015610729575f5ffd5b5061039f610738366004614046565b6112fa565b348015610748575f5ffd5b5061075c61075736600461407c565b611306565b604051908152602001610420565b348015610775575f5ffd5b50610789610784366004613d69565b611316565b604051610420919061415e565b3480156107a1575f5ffd5b5061039f6107b03660046142ce565b6115e0565b3480156107c0575f5ffd5b506107c9600481565b6040516001600160401b039091168152602001610420565b3480156107ec575f5ffd5b5061075c61100081565b348015610801575f5ffd5b5061075c60035481565b348015610816575f5ffd5b5061075c60055481565b34801561082b575f5ffd5b5061039f6115ed565b34801561083f575f5ffd5b5061039f61084e366004614325565b611749565b34801561085e575f5ffd5b5061039f610738366004613d96565b348015610878575f5ffd5b5061075c60075481565b34801561088d575f5ffd5b506107c961089c366004613d69565b611758565b3480156108ac575f5ffd5b506107c9603c81565b3480156108c0575f5ffd5b5061075c6103e881565b3480156108d5575f5ffd5b5061075c60045481565b3480156108ea575f5ffd5b506107c961080081565b3480156108ff575f5ffd5b5061039f61090e366004613d69565b611762565b34801561091e575f5ffd5b506109467f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610420565b348015610969575f5ffd5b5061075c601081565b34801561097d575f5ffd5b506109467f000000000000000000000000000000000000000000000000000000000000000081565b3480156109b0575f5ffd5b5061075c6109bf36600461439f565b611851565b3480156109cf575f5ffd5b5061039f61084e3660046143e2565b3480156109e9575f5ffd5b506107c96109f8366004613d96565b611bbd565b348015610a08575f5ffd5b5061039f610a17366004613d69565b611bc8565b348015610a27575f5ffd5b5061039f6107b0366004614459565b348015610a41575f5ffd5b5061039f610a50366004613d69565b611c68565b348015610a60575f5ffd5b5061039f610a6f366004613d69565b611c73565b348015610a7f575f5ffd5b50610a8a6210000081565b60405163ffffffff9091168152602001610420565b61075c610aad366004614482565b611fe5565b348015610abd575f5ffd5b50610ac6601081565b60405160ff9091168152602001610420565b348015610ae3575f5ffd5b5061039f610af2366004613d69565b6121d5565b348015610b02575f5ffd5b50610b16610b113660046144fc565b6122d4565b6040805192151583526001600160401b03909116602083015201610420565b348015610b40575f5ffd5b5061075c60065481565b348015610b55575f5ffd5b506107c97f000000000000000000000000000000000000000000000000000000000000000081565b348015610b88575f5ffd5b5061039f610b9736600461454e565b6122f2565b348015610ba7575f5ffd5b50610bcf7f000000000000000000000000000000000000000000000000000000000000000081565b60405161ffff9091168152602001610420565b348015610bed575f5ffd5b5061039f610bfc3660046145a3565b612300565b348015610c0c575f5ffd5b5061075c60095481565b348015610c21575f5ffd5b506109467f000000000000000000000000000000000000000000000000000000000000000081565b348015610c54575f5ffd5b5061039f610c63366004614046565b612361565b348015610c73575f5ffd5b5061075c610c8236600461460f565b5f6020819052908152604090205481565b348015610c9e575f5ffd5b5061075c610cad36600461460f565b60016020525f908152604090205481565b348015610cc9575f5ffd5b506107c9610cd8366004613d96565b6124d3565b348015610ce8575f5ffd5b50610d18610cf736600461460f565b60026020525f9081526040902080546001909101546001600160401b031682565b604080519283526001600160401b03909116602083015201610420565b61039f612569565b348015610d48575f5ffd5b506107c97f000000000000000000000000000000000000000000000000000000000000000081565b348015610d7b575f5ffd5b506107c96301e1338081565b348015610d92575f5ffd5b506107c964010000000081565b348015610daa575f5ffd5b5061075c6125fb565b348015610dbe575f5ffd5b50610a8a610dcd366004614046565b612638565b348015610ddd575f5ffd5b5061039f610dec366004613d69565b61269f565b348015610dfc575f5ffd5b506107c96220000081565b348015610e12575f5ffd5b5061039f610e213660046142ce565b6128c0565b5f818152600a60209081526040808320600b9092528220600d8201549192909160ff16906002826007811115610e5e57610e5e613dc0565b5f878152600e6020526040902060010154911491506001600160401b03166003836007811115610e9057610e90613dc0565b148015610ea557506001600160401b03811615155b15610ef657806001600160401b03164211610ee35760405163d606d83f60e01b81526001600160401b03821660048201526024015b60405180910390fd5b610eed8686612b36565b60019150611149565b6003836007811115610f0a57610f0a613dc0565b148015610f26575083546201000090046001600160401b031615155b8015610f375750600984015460ff16155b15610fab5760128501545f03610f6057604051636a35b3b160e11b815260040160405180910390fd5b6008840154600160c01b90046001600160401b03164211610eed57600884015460405163d606d83f60e01b8152600160c01b9091046001600160401b03166004820152602401610eda565b6003836007811115610fbf57610fbf613dc0565b0361105e57600d850154600160481b90046001600160401b031642101561101057600d85015460405163d606d83f60e01b8152600160481b9091046001600160401b03166004820152602401610eda565b600d8501805460ff19166005179055600a850154600686015461103c916001600160a01b031690612b71565b600a850154600c860154611059916001600160a01b031690612c34565b611149565b600283600781111561107257611072613dc0565b036110be57600d85015461010090046001600160401b0316421161105957600d85015460405163d606d83f60e01b81526101009091046001600160401b03166004820152602401610eda565b60018360078111156110d2576110d2613dc0565b0361112e5760088501546001600160401b0316421161111557600885015460405163d606d83f60e01b81526001600160401b039091166004820152602401610eda565b600d8501805460ff191660071790556110598585612c55565b82604051630d64047360e21b8152600401610eda9190614628565b81156111a357600d8501805460ff19166006908117909155600a860154908601546009870154611186926001600160a01b03908116929116612c9b565b6009850154600c8601546111a3916001600160a01b031690612c34565b60018360078111156111b7576111b7613dc0565b146111c6576111c68585612e19565b600d85015460405187917f0e9cb48757bd52e4ffd9f48c23c229bbe87f7ff9c8197d305db283fd2e5ddbe8916111ff9160ff1690614628565b60405180910390a2505050505050565b6040805160e080820183525f8083526020808401829052838501829052606084018290526080840182905260a0840182905260c08401829052868252600c81528482206001600160a01b038716835290528390208351918201909352825491929091829060ff16600581111561128757611287613dc0565b600581111561129857611298613dc0565b815281546001600160401b03610100820481166020840152600160481b909104166040820152600182015460608201526002820154608082015260038201546001600160a01b031660a082015260049091015460c09091015290505b92915050565b611302612e8e565b5050565b5f61130f612e8e565b9392505050565b6114086040805161030081019091525f6101e08201818152610200830182905261022083018290526102408301829052610260830182905261028083018290526102a083018290526102c083018290526102e0830191909152819081526040805160c0810182525f8082526020828101829052928201819052606082018190526080820181905260a082015291019081525f6020820181905260408201819052606082018190526080820181905260a09091019081525f6020820181905260408201819052606082018190526080820181905260a0820181905260c0820181905260e082018190526101009091015290565b5f828152600a602081815260409283902083516103008101855281546101e08201908152600183015461020083015260028301546102208301526003830154610240830152600483015461026083015260058301546001600160401b03808216610280850152600160401b80830482166102a0860152600160801b80840463ffffffff166102c0870152600160a01b90930460ff9081166102e0870152938552885160c08082018b5260068801548252600780890154838b01526008890154808616848e015293840485166060808501919091529584048516608080850191909152600160c01b90940490941660a0808401919091529887019190915260098701546001600160a01b039081169a87019a909a5297860154891692850192909252600b85015490971690830152600c83015493820193909352600d82015490949193850192169081111561155e5761155e613dc0565b600781111561156f5761156f613dc0565b8152600d8201546001600160401b0361010080830482166020850152600160481b830482166040850152600160881b90920481166060840152600e840154166080830152600f83015460a0830152601083015460c0830152601183015460e083015260129092015491015292915050565b6115e8612e8e565b505050565b6008546001146116105760405163769dd35360e11b815260040160405180910390fd5b60026008819055335f908152602091909152604081208054909181900361164a57604051630686827b60e51b815260040160405180910390fd5b60018201546001600160401b031642101561168957600182015460405163be8a527b60e01b81526001600160401b039091166004820152602401610eda565b5f8083556005805483929061169f90849061464a565b909155505060405181815233907f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d59060200160405180910390a26040515f90339083908381818185875af1925050503d805f8114611718576040519150601f19603f3d011682016040523d82523d5f602084013e61171d565b606091505b505090508061173f576040516312171d8360e31b815260040160405180910390fd5b5050600160085550565b611751612e8e565b5050505050565b5f6112f482612ecc565b5f818152600b60205260408120600881015490916001600160401b0390911690036117a0576040516316a519cf60e31b815260040160405180910390fd5b6007810154156117ae575050565b60088101545f906117ca906004906001600160401b031661465d565b9050804311611803576117de81600161465d565b6040516302c32a2d60e01b81526001600160401b039091166004820152602401610eda565b610100611810824361464a565b1115611847576118228161010061465d565b604051630404d14760e31b81526001600160401b039091166004820152602401610eda565b4060079091015550565b5f5f61185e846003612efa565b600a8101549091506001600160a01b0316330361188e5760405163706cd38160e01b815260040160405180910390fd5b5f848152600b6020526040902080546201000090046001600160401b03161580159081906118c15750600982015460ff16155b156118df57604051630bb55aad60e41b815260040160405180910390fd5b600d830154600160481b90046001600160401b0316421061192a57600d8301546040516326b39d0360e11b8152600160481b9091046001600160401b03166004820152602401610eda565b611935868487612f59565b6119426040860186614670565b90506119516080870187614670565b90501461197157604051637ca55c7760e01b815260040160405180910390fd5b60108301546119b1606087013561198b60208901896146b5565b61199f906001600160401b0316600161465d565b6119ac60808a018a614670565b613029565b146119cf57604051637ca55c7760e01b815260040160405180910390fd5b6119e0338460060160010154613079565b600b830180546001600160a01b03191633179055600d830154611a159042906001600160401b03600160481b909104166146d0565b600d8401805460046001600160401b0393909316600160881b0260ff191678ffffffffffffffff00000000000000000000000000000000ff19909116179190911790558015611aa457611a6b60208601866146b5565b6009830180546001600160401b0392909216600160581b0267ffffffffffffffff60581b199092169190911790556060850135600a8301555b600a8301546001600160a01b037f000000000000000000000000000000000000000000000000000000000000000081169163c7b5c95d91611afe91879116611aef60208b018b6146b5565b8a602001358b60600135613102565b6040518263ffffffff1660e01b8152600401611b1a91906146ef565b6020604051808303815f875af1158015611b36573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611b5a91906147d3565b600f8401819055935033867fcb4b8225c38c94710fe444a319f5396178a9da159dccf38a4b831fa1b8a5348b611b9360208901896146b5565b604080516001600160401b039092168252602082018990520160405180910390a350505092915050565b5f61130f8383613231565b5f611bd4826001612efa565b60098101549091506001600160a01b03163314611c04576040516331511a2160e21b815260040160405180910390fd5b600d8101805460ff191660071790555f828152600b60205260409020611c2b908290612c55565b817f0e9cb48757bd52e4ffd9f48c23c229bbe87f7ff9c8197d305db283fd2e5ddbe86007604051611c5c9190614628565b60405180910390a25050565b611c70612e8e565b50565b5f611c7f826004612efa565b90505f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316633c59405983600f01546040518263ffffffff1660e01b8152600401611cd491815260200190565b602060405180830381865afa158015611cef573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611d1391906147ea565b90505f816002811115611d2857611d28613dc0565b03611d46576040516347ca30d160e11b815260040160405180910390fd5b600b820180546001600160a01b031981169091556001600160a01b03166001826002811115611d7757611d77613dc0565b03611e41576007830154600a840154611d9a9183916001600160a01b0316612c9b565b600d8301805460ff191660031790819055611dc6906001600160401b03600160881b9091041642614808565b600d840180546001600160401b0392909216600160481b0270ffffffffffffffff00000000000000000019909216919091179055600f830154604080519182526001602083015285917fd4390d9b1eae30d53d6e598d7eba50e60f3ea18310ca83e7919e3df177bb05ca91015b60405180910390a250505050565b611e52818460060160010154612b71565b600a8301546006840154611e70916001600160a01b03169083612c9b565b600d8301805460ff191660061790555f848152600e60205260409020600101546001600160401b031615611ea857611ea88484612b36565b6009830154600c840154611ec5916001600160a01b031690612c34565b5f848152600b6020526040902080546201000090046001600160401b031615611f66576009810180546201000062ff000019909116179055600b810180546001600160a01b0319166001600160a01b0384161790556008840154611f3990600160801b90046001600160401b031642614808565b60128201805467ffffffffffffffff19166001600160401b0392909216919091179055611f668482612e19565b600f840154604080519182525f602083015286917fd4390d9b1eae30d53d6e598d7eba50e60f3ea18310ca83e7919e3df177bb05ca910160405180910390a2847f0e9cb48757bd52e4ffd9f48c23c229bbe87f7ff9c8197d305db283fd2e5ddbe86006604051611fd69190614628565b60405180910390a25050505050565b5f611ff184848461334d565b61200160e0850160c086016146b5565b61201160c0860160a087016146b5565b61201b919061483b565b6001600160401b031615158061203057508235155b8061203d57506020830135155b8061204e575061204c826136be565b155b1561206c57604051631a4878ed60e21b815260040160405180910390fd5b5f61207e610100840160e08501614879565b6120929063ffffffff1660c0850135614894565b90505f6120a382608086013561465d565b90508034116120c557604051631a4878ed60e21b815260040160405180910390fd5b60095f81546120d3906148ab565b91829055505f818152600a6020526040902090935086816120f482826148f5565b508690506006820161210682826149e9565b50506009810180546001600160a01b03191633179055612126823461464a565b600c820155600d8101805460ff1916600117905561214a60408601602087016146b5565b6001600160401b03161561217a575f848152600b6020526040902085816121718282614abf565b50506011018390555b612183346137e9565b336001600160a01b0316847f33f4af5c11d435f2d84cdbecf888cfe4d02d49024a90a6bf441b9ec7cddd389383600c01546040516121c391815260200190565b60405180910390a35050509392505050565b805f036121f557604051631f2a200560e01b815260040160405180910390fd5b6121ff3382613802565b335f90815260026020526040812080549091839183919061222190849061465d565b9091555061225190507f000000000000000000000000000000000000000000000000000000000000000042614808565b816001015f6101000a8154816001600160401b0302191690836001600160401b031602179055508160055f828254612289919061465d565b90915550506001810154604080518481526001600160401b03909216602083015233917fbf6730b5b5d9fd45cdb42f69910317da629fd6e12b3ab41aa1708cd916385dfc9101611c5c565b5f5f6122e38787878787613886565b915091505b9550959350505050565b6122fa612e8e565b50505050565b61100081111561232657604051636a2391f360e01b815260048101829052602401610eda565b336001600160a01b03167fec9a425858ffeca7fc39ad4c59c2e319844d66db9301bfcc3ecc875aa0222fde8383604051611c5c929190614b9c565b5f61236d836001612efa565b60088101549091506001600160401b03164211156123af5760088101546040516326b39d0360e11b81526001600160401b039091166004820152602401610eda565b6123bf33826006015f0154613079565b600a810180546001600160a01b03191633179055600d81018054600260ff19909116179055600881015461240390600160401b90046001600160401b031642614808565b600d8201805468ffffffffffffffff0019166101006001600160401b03938416021790555f848152600b6020526040902080549091620100009091041615612482576006810183905560088101805467ffffffffffffffff1916436001600160401b031617905560028101541561248257600281015461248290613925565b600d8201546040516101009091046001600160401b03168152339085907f6be644a86012e6646e6c5966df8cf83b4260d034ec9ad6f1e946bb7c818c0687906020015b60405180910390a350505050565b5f828152600a602052604081206012810154820361250457604051636a35b3b160e11b815260040160405180910390fd5b61250d84611758565b6001600160401b031681601201548460405160200161253f9291909182526001600160a01b0316602082015260400190565b604051602081830303815290604052805190602001205f1c6125619190614bca565b949350505050565b345f0361258957604051631f2a200560e01b815260040160405180910390fd5b335f90815260208190526040812080543492906125a790849061465d565b925050819055503460035f8282546125bf919061465d565b909155505060405134815233907f2da466a7b24304f47e87fa2e1e5a81b9831ce54fec19055ce277ca2f39ba42c49060200160405180910390a2565b5f600754600654600554600454600354612615919061465d565b61261f919061465d565b612629919061465d565b612633919061465d565b905090565b6040805160606020808301829052601560808401527476657269747261696e2e666f726365642e6d61736b60581b60a0808501919091528385018790529183018590528351808403909201825260c090920190925281519101205f9060ff1660011761130f565b5f818152600a60205260408120600e81015490916001600160401b0390911690036126e657600d810154604051630d64047360e21b8152610eda9160ff1690600401614628565b601281015415612709576040516350dcbf5560e11b815260040160405180910390fd5b600e8101545f9061272e90612729906004906001600160401b031661465d565b613989565b60128401829055604080519283526020830182905290925084917f114b760dd38ed0828bbdc5dbfe4d5b474ac0e3df57c59a143e0408131f1b5168910160405180910390a25f838152600b6020526040902080546201000090046001600160401b0316156122fa5780546127b1906201000090046001600160401b031642614808565b60088201805467ffffffffffffffff60401b1916600160401b6001600160401b039384168102919091179182905583546127fa93600160501b9091048116929190910416614808565b60088201805467ffffffffffffffff60801b1916600160801b6001600160401b0393841681029190911791829055835461284393600160501b9091048116929190910416614808565b6008820180546001600160c01b0316600160c01b6001600160401b039384168102919091179182905560408051600160401b840485168152600160801b840485166020820152919092049092169082015284907f1a129404a23be4221b5fee27668abbd6d51fcb4d26a3e801dfe4fb1472e2298490606001611e33565b5f6128cc846002612efa565b600a8101549091506001600160a01b031633146128fc5760405163c139eabd60e01b815260040160405180910390fd5b600d81015461010090046001600160401b031642111561294457600d8101546040516326b39d0360e11b81526101009091046001600160401b03166004820152602401610eda565b5f61294e85611758565b90506129646001600160401b038216600161465d565b8314158061298c5750600482015484845f8161298257612982614bdd565b9050602002013514155b156129ad5760405163f2a6433360e01b815260048101849052602401610eda565b5f6129b885856139f3565b90505f8585846001600160401b03168181106129d6576129d6614bdd565b60108701859055602002919091013560118601819055600e8601805467ffffffffffffffff1916436001600160401b0316179055600d86018054919350600392509060ff191660018302179055505f878152600b60205260409020546201000090046001600160401b031615612a5457612a4f87611762565b612a9c565b6008840154612a7390600160801b90046001600160401b031642614808565b84600d0160096101000a8154816001600160401b0302191690836001600160401b031602179055505b867fcd7f8f15768f3f401b6e210d5a09785c5c60a42552c7b8cd47cf55e95b88fdc88787604051612ace929190614bf1565b60405180910390a2600d8401546040805184815260208101849052600160481b9092046001600160401b03169082015287907f4880cf4e473569797eedc06beb957c5cfcf025eb27a34ae02137ac6c74cf38a09060600160405180910390a250505050505050565b5f828152600e60205260408120908155600101805467ffffffffffffffff1916905560098101546007820154611302916001600160a01b0316905b6001600160a01b0382165f9081526001602052604081208054839290612b9890849061464a565b925050819055508060045f828254612bb0919061464a565b90915550506001600160a01b0382165f9081526020819052604081208054839290612bdc90849061465d565b925050819055508060035f828254612bf4919061465d565b90915550506040518181526001600160a01b038316907f0f0bc5b519ddefdd8e5f9e6423433aa2b869738de2ae34d58ebc796fc749fa0d90602001611c5c565b8060065f828254612c45919061464a565b9091555061130290508282613b80565b60118101546002820154600c8401545f9291612c709161465d565b612c7a919061465d565b5f601184015560098401549091506115e8906001600160a01b031682612c34565b6001600160a01b0383165f9081526001602052604081208054849290612cc290849061464a565b925050819055508160045f828254612cda919061464a565b909155505f9050612710612d1261ffff7f00000000000000000000000000000000000000000000000000000000000000001685614894565b612d1c9190614c28565b9050805f5f846001600160a01b03166001600160a01b031681526020019081526020015f205f828254612d4f919061465d565b90915550612d5f9050818461464a565b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000165f9081526020819052604081208054909190612da690849061465d565b925050819055508260035f828254612dbe919061465d565b90915550506001600160a01b038083169085167f83b5f75e441a9db2d1054d5ef2c5e3c4aac434fbb76c29fc9b11bac21d6400358584612dfe818361464a565b604080519384526020840192909252908201526060016124c5565b60048101545f03612e28575050565b600e81015460058201545f91612e479163ffffffff9182169116614c3b565b6004830154612e5c9163ffffffff1690614894565b905080826011015f828254612e71919061464a565b909155505060098301546115e8906001600160a01b031682612c34565b7f0000000000000000000000000000000000000000000000000000000000000000365f80375f5f365f845af43d5f5f3e80612ec7573d5ffd5b503d5ff35b5f818152600a60205260408120600581015461130f906001600160401b03600160401b820481169116614c57565b5f828152600a60205260409020816007811115612f1957612f19613dc0565b600d82015460ff166007811115612f3257612f32613dc0565b146112f457600d810154604051630d64047360e21b8152610eda9160ff1690600401614628565b5f612f6384612ecc565b90506001600160401b038116612f7c60208401846146b5565b6001600160401b0316101580612fbe5750612fa9612fa46001600160401b038316600161465d565b613bff565b60ff16612fb96040840184614670565b905014155b15612fdc57604051637ca55c7760e01b815260040160405180910390fd5b601083015461300b60208401803590612ff590866146b5565b6001600160401b03166119ac6040870187614670565b146122fa57604051637ca55c7760e01b815260040160405180910390fd5b5f6101008210801561303c575083821c15155b156130645760405163177e5bcb60e01b81526004810185905260248101839052604401610eda565b61307085858585613c27565b95945050505050565b6130838282613802565b6001600160a01b0382165f90815260016020526040812080548392906130aa90849061465d565b925050819055508060045f8282546130c2919061465d565b90915550506040518181526001600160a01b038316907f9f1ec8c880f76798e7b793325d625e9b60e4082a553c98f42b6cda368dd6000890602001611c5c565b60408051610180810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e0810182905261010081018290526101208101829052610140810182905261016081019190915260408051610180810182526001600160a01b0387168152336020820152600188015491810191909152600287015460608201526003870154608082015260a0810184905260c08101839052600587015460e08201906131d190600160401b90046001600160401b031687614c84565b6001600160401b0390811682526005890154600160401b81048216602084015263ffffffff600160801b820416604084015260ff600160a01b9091041660608301526008890154600160c01b900416608090910152905095945050505050565b5f828152600c602090815260408083206001600160a01b0385168452909152812081815460ff16600581111561326957613269613dc0565b0361328d578054604051635c4ff07d60e01b8152610eda9160ff1690600401614ca6565b6001815460ff1660058111156132a5576132a5613dc0565b146132c0575461010090046001600160401b031690506112f4565b80545f906132e39061272990600160481b90046001600160401b0316600161465d565b5090506132ef85612ecc565b5f868152600a6020908152604091829020601201548251808301919091526001600160a01b0388168184015260608082018690528351808303909101815260809091019092528151910120613070916001600160401b031690614bca565b61335d60c0840160a085016146b5565b6001600160401b0316158061338e575064010000000061338360c0850160a086016146b5565b6001600160401b0316115b156133ae575f604051633fac402b60e01b8152600401610eda9190614cb4565b6133be60e0840160c085016146b5565b6001600160401b031615806133ed5750622000006133e260e0850160c086016146b5565b6001600160401b0316115b1561340e576001604051633fac402b60e01b8152600401610eda9190614cb4565b61080061342160e0850160c086016146b5565b61343160c0860160a087016146b5565b61343b9190614c57565b6001600160401b03161115613466576002604051633fac402b60e01b8152600401610eda9190614cb4565b613477610100840160e08501614879565b63ffffffff1615806134a1575062100000613499610100850160e08601614879565b63ffffffff16115b156134c2576003604051633fac402b60e01b8152600401610eda9190614cb4565b6134d461012084016101008501614cce565b60ff1615806134f7575060106134f261012085016101008601614cce565b60ff16115b15613518576004604051633fac402b60e01b8152600401610eda9190614cb4565b4261352960608401604085016146b5565b6001600160401b031611158061356557506301e133804261355060608501604086016146b5565b6001600160401b0316613563919061464a565b115b15613586576005604051633fac402b60e01b8152600401610eda9190614cb4565b6135a061359960808401606085016146b5565b6006613ccd565b6135ba6135b360a08401608085016146b5565b6007613ccd565b6135d46135cd60c0840160a085016146b5565b6008613ccd565b6135e460408201602083016146b5565b6001600160401b0316156115e85761360c61360560408301602084016146b5565b6009613ccd565b61362661361f60608301604084016146b5565b600a613ccd565b6127106136366020830183614ce9565b61ffff161115801561369d57506001600160801b0360a0820135118061366657506001600160801b036080820135115b8061369d575061367c6080820135612710614894565b6136896020830183614ce9565b61369b9061ffff1660a0840135614894565b115b156115e857600b604051633fac402b60e01b8152600401610eda9190614cb4565b5f6136cf60408301602084016146b5565b6001600160401b03165f0361376f576136eb6020830183614ce9565b61ffff16158015613712575061370760608301604084016146b5565b6001600160401b0316155b801561372057506060820135155b801561372e57506080820135155b801561373c575060a0820135155b801561374a575060c0820135155b80156112f45750613762610100830160e08401614879565b63ffffffff161592915050565b61377f60608301604084016146b5565b6001600160401b0316158015906137995750606082013515155b80156137b757506127106137b06020840184614ce9565b61ffff1611155b80156112f4575060c082013515806112f457506137db610100830160e08401614879565b63ffffffff16151592915050565b8060065f8282546137fa919061465d565b909155505050565b6001600160a01b0382165f90815260208190526040902054818110156138455760405163018ac91360e61b81526004810182905260248101839052604401610eda565b61384f828261464a565b6001600160a01b0384165f908152602081905260408120919091556003805484929061387c90849061464a565b9091555050505050565b604080516020808201889052818301879052606080830187905283518084039091018152608090920190925280519101205f90819060026001600160401b03861610806138e2575061ffff84166138df61271083614bca565b10155b156138f3575f5f92509250506122e8565b60016138ff81876146d0565b613916906001600160401b0316608084901c614bca565b92509250509550959350505050565b8060065f828254613936919061464a565b925050819055508060075f82825461394e919061465d565b90915550506040518181527f2076cd8bd7c147f4b7bb2b5e2dd0db46fb74246bc4c4e3ded824202bfff5ca579060200160405180910390a150565b5f5f82431161399d576117de83600161465d565b6101006139aa844361464a565b11156139ec57610100836139bf60014361464a565b6139c9919061464a565b6139d39190614c28565b6139df90610100614894565b6139e9908461465d565b92505b5050804091565b5f81816139ff82613bff565b60ff166001901b90505f816001600160401b03811115613a2157613a21614d04565b604051908082528060200260200182016040528015613a4a578160200160208202803683370190505b5090505f613a5781613d11565b90505f5b83811015613ab657848110613a705781613a91565b613a91888883818110613a8557613a85614bdd565b90506020020135613d11565b838281518110613aa357613aa3614bdd565b6020908102919091010152600101613a5b565b505b6001831115613b5a5760019290921c915f5b83811015613b5457613b2f83613ae1836002614894565b81518110613af157613af1614bdd565b602002602001015184836002613b079190614894565b613b1290600161465d565b81518110613b2257613b22614bdd565b6020026020010151613d39565b838281518110613b4157613b41614bdd565b6020908102919091010152600101613aca565b50613ab8565b815f81518110613b6c57613b6c614bdd565b602002602001015194505050505092915050565b6001600160a01b0382165f9081526020819052604081208054839290613ba790849061465d565b925050819055508060035f828254613bbf919061465d565b90915550506040518181526001600160a01b038316907f9c9e0cdb1670e88302408e5b941dc636f63a3293204694bb68910fcf3d9305f390602001611c5c565b5f5b818160ff166001901b1015613c225780613c1a81614d18565b915050613c01565b919050565b5f6040515f815385600182015260205f60218360025afa613c4f5763832d99055f526004601cfd5b5f519150838360051b8101600183535b80821015613cc257600187168015613c835782356001850152846021850152613c91565b846001850152823560218501525b5060205f60418560025afa613cad5763832d99055f526004601cfd5b5f5193508660011c9650602082019150613c5f565b505050949350505050565b603c6001600160401b0383161080613cf157506301e133806001600160401b038316115b156113025780604051633fac402b60e01b8152600401610eda9190614cb4565b5f6040515f815382600182015260205f60218360025afa613d30575f5ffd5b50505f51919050565b5f6040516001815383600182015282602182015260205f60418360025afa613d5f575f5ffd5b50505f5192915050565b5f60208284031215613d79575f5ffd5b5035919050565b80356001600160a01b0381168114613c22575f5ffd5b5f5f60408385031215613da7575f5ffd5b82359150613db760208401613d80565b90509250929050565b634e487b7160e01b5f52602160045260245ffd5b60068110613de457613de4613dc0565b9052565b5f60e082019050613dfa828451613dd4565b6001600160401b0360208401511660208301526001600160401b036040840151166040830152606083015160608301526080830151608083015260018060a01b0360a08401511660a083015260c083015160c083015292915050565b61ffff81511682526001600160401b0360208201511660208301526001600160401b036040820151166040830152606081015160608301526080810151608083015260a081015160a083015260c081015160c083015260e08101516115e860e084018263ffffffff169052565b5f6103a082019050613ed6828451613e56565b6020830151610100830152604083015161012083015260608301516001600160401b0381166101408401525060808301516001600160401b0381166101608401525060a08301516001600160401b0381166101808401525060c08301516001600160401b0381166101a08401525060e08301518015156101c0840152506101008301518015156101e084015250610120830151801515610200840152506101408301516001600160401b038116610220840152506101608301516001600160401b038116610240840152506101808301516102608301526101a08301516001600160a01b038116610280840152506101c08301516102a08301526101e08301516102c083015261020083015163ffffffff81166102e08401525061022083015163ffffffff8116610300840152506102408301516103208301526102608301516103408301526102808301516103608301526102a08301516001600160401b0381166103808401525b5092915050565b5f5f60408385031215614057575f5ffd5b50508035926020909101359150565b5f60a08284031215614076575f5ffd5b50919050565b5f5f5f6060848603121561408e575f5ffd5b8335925061409e60208501613d80565b915060408401356001600160401b038111156140b8575f5ffd5b6140c486828701614066565b9150509250925092565b80518252602081015160208301526040810151604083015260608101516060830152608081015160808301526001600160401b0360a08201511660a08301526001600160401b0360c08201511660c083015260e081015161413760e084018263ffffffff169052565b506101008101516115e861010084018260ff169052565b60088110613de457613de4613dc0565b5f610380820190506141718284516140ce565b6020838101518051610120850152908101516101408401526040808201516001600160401b03908116610160860152606080840151821661018087015260808085015183166101a088015260a0948501519092166101c0870152918601516001600160a01b039081166101e08701529186015182166102008601528501511661022084015283015161024083015260c083015161421261026084018261414e565b5060e08301516001600160401b0390811661028084015261010084015181166102a084015261012084015181166102c0840152610140840151166102e08301526101608301516103008301526101808301516103208301526101a08301516103408301526101c0909201516103609091015290565b5f5f83601f840112614297575f5ffd5b5081356001600160401b038111156142ad575f5ffd5b6020830191508360208260051b85010111156142c7575f5ffd5b9250929050565b5f5f5f604084860312156142e0575f5ffd5b8335925060208401356001600160401b038111156142fc575f5ffd5b61430886828701614287565b9497909650939450505050565b5f60c08284031215614076575f5ffd5b5f5f5f5f5f60808688031215614339575f5ffd5b853594506020860135935060408601356001600160401b0381111561435c575f5ffd5b61436888828901614287565b90945092505060608601356001600160401b03811115614386575f5ffd5b61439288828901614315565b9150509295509295909350565b5f5f604083850312156143b0575f5ffd5b8235915060208301356001600160401b038111156143cc575f5ffd5b6143d885828601614066565b9150509250929050565b5f5f5f5f5f606086880312156143f6575f5ffd5b8535945060208601356001600160401b03811115614412575f5ffd5b61441e88828901614287565b90955093505060408601356001600160401b0381111561443c575f5ffd5b61444888828901614287565b969995985093965092949392505050565b5f5f5f6060848603121561446b575f5ffd5b505081359360208301359350604090920135919050565b5f5f5f8385036102e0811215614496575f5ffd5b6101208112156144a4575f5ffd5b8493506144b5866101208701614315565b92506101006101df19820112156144ca575f5ffd5b506101e0840190509250925092565b6001600160401b0381168114611c70575f5ffd5b61ffff81168114611c70575f5ffd5b5f5f5f5f5f60a08688031215614510575f5ffd5b8535945060208601359350604086013592506060860135614530816144d9565b91506080860135614540816144ed565b809150509295509295909350565b5f5f5f5f60608587031215614561575f5ffd5b8435935061457160208601613d80565b925060408501356001600160401b0381111561458b575f5ffd5b61459787828801614287565b95989497509550505050565b5f5f602083850312156145b4575f5ffd5b82356001600160401b038111156145c9575f5ffd5b8301601f810185136145d9575f5ffd5b80356001600160401b038111156145ee575f5ffd5b8560208284010111156145ff575f5ffd5b6020919091019590945092505050565b5f6020828403121561461f575f5ffd5b61130f82613d80565b602081016112f4828461414e565b634e487b7160e01b5f52601160045260245ffd5b818103818111156112f4576112f4614636565b808201808211156112f4576112f4614636565b5f5f8335601e19843603018112614685575f5ffd5b8301803591506001600160401b0382111561469e575f5ffd5b6020019150600581901b36038213156142c7575f5ffd5b5f602082840312156146c5575f5ffd5b813561130f816144d9565b6001600160401b0382811682821603908111156112f4576112f4614636565b81516001600160a01b031681526101808101602083015161471b60208401826001600160a01b03169052565b5060408301516040830152606083015160608301526080830151608083015260a083015160a083015260c083015160c083015260e083015161476860e08401826001600160401b03169052565b506101008301516147856101008401826001600160401b03169052565b5061012083015161479f61012084018263ffffffff169052565b506101408301516147b661014084018260ff169052565b5061016083015161403f6101608401826001600160401b03169052565b5f602082840312156147e3575f5ffd5b5051919050565b5f602082840312156147fa575f5ffd5b81516003811061130f575f5ffd5b6001600160401b0381811683821601908111156112f4576112f4614636565b634e487b7160e01b5f52601260045260245ffd5b5f6001600160401b0383168061485357614853614827565b806001600160401b0384160691505092915050565b63ffffffff81168114611c70575f5ffd5b5f60208284031215614889575f5ffd5b813561130f81614868565b80820281158282048414176112f4576112f4614636565b5f600182016148bc576148bc614636565b5060010190565b5f81356112f4816144d9565b5f81356112f481614868565b60ff81168114611c70575f5ffd5b5f81356112f4816148db565b8135815560208201356001820155604082013560028201556060820135600382015560808201356004820155600581015f60a0840135614934816144d9565b825467ffffffffffffffff19166001600160401b03821617835590505061498861496060c085016148c3565b825467ffffffffffffffff60401b191660409190911b67ffffffffffffffff60401b16178255565b6149bb61499760e085016148cf565b82805463ffffffff60801b191660809290921b63ffffffff60801b16919091179055565b6115e86149cb61010085016148e9565b82805460ff60a01b191660a09290921b60ff60a01b16919091179055565b8135815560208201356001820155600281016040830135614a09816144d9565b815467ffffffffffffffff19166001600160401b038216178255506060830135614a32816144d9565b815467ffffffffffffffff60401b1916604082901b67ffffffffffffffff60401b16178255506080830135614a66816144d9565b815467ffffffffffffffff60801b191660809190911b67ffffffffffffffff60801b161781555f60a0840135614a9b816144d9565b82546001600160c01b031660c09190911b6001600160c01b03191617909155505050565b8135614aca816144ed565b61ffff811661ffff1983541617825550614b0f614ae9602084016148c3565b825469ffffffffffffffff0000191660109190911b69ffffffffffffffff000016178255565b614b4a614b1e604084016148c3565b82805467ffffffffffffffff60501b191660509290921b67ffffffffffffffff60501b16919091179055565b606082013560018201556080820135600282015560a0820135600382015560c08201356004820155611302614b8160e084016148cf565b6005830163ffffffff821663ffffffff198254161781555050565b60208152816020820152818360408301375f818301604090810191909152601f909201601f19160101919050565b5f82614bd857614bd8614827565b500690565b634e487b7160e01b5f52603260045260245ffd5b602080825281018290525f6001600160fb1b03831115614c0f575f5ffd5b8260051b80856040850137919091016040019392505050565b5f82614c3657614c36614827565b500490565b63ffffffff82811682821603908111156112f4576112f4614636565b5f6001600160401b03831680614c6f57614c6f614827565b806001600160401b0384160491505092915050565b6001600160401b03818116838216029081169081811461403f5761403f614636565b602081016112f48284613dd4565b60208101600c8310614cc857614cc8613dc0565b91905290565b5f60208284031215614cde575f5ffd5b813561130f816148db565b5f60208284031215614cf9575f5ffd5b813561130f816144ed565b634e487b7160e01b5f52604160045260245ffd5b5f60ff821660ff8103614d2d57614d2d614636565b6001019291505056fea26469706673582212204ae2735741fc61e22d864f7f2a1a9a6d47e795b7d5a556864dcca3be58b0581264736f6c634300082500336101006040526001600855348015610015575f5ffd5b5060405161424b38038061424b833981016040819052610034916100c4565b838383838282826001600160a01b038216158061005657506127108161ffff16115b15610074576040516301f30c8760e21b815260040160405180910390fd5b6001600160401b039092166080526001600160a01b0390811660a05261ffff90911660c0529390931660e0525061013195505050505050565b6001600160a01b03811681146100c1575f5ffd5b50565b5f5f5f5f608085870312156100d7575f5ffd5b84516100e2816100ad565b60208601519094506001600160401b03811681146100fe575f5ffd5b604086015190935061010f816100ad565b606086015190925061ffff81168114610126575f5ffd5b939692955090935050565b60805160a05160c05160e0516140bd61018e5f395f818161049d01528181610a0b01528181611348015261147801525f81816104420152612b9901525f81816103470152612c1601525f81816105860152611dc501526140bd5ff3fe6080604052600436106101c5575f3560e01c8063833b15ca116100f2578063c3fe3e2811610092578063ced4cd2e11610062578063ced4cd2e14610515578063d0e30db01461056d578063db7dd35a14610575578063f43cc773146105a8575f5ffd5b8063c3fe3e281461048c578063c89e9d4a146102f8578063c9b5bb17146104bf578063cbf9fe5f146104ea575f5ffd5b8063a3d89844116100cd578063a3d89844146103fd578063a5394c0a14610412578063ac9380d614610431578063b6cb58a514610477575f5ffd5b8063833b15ca146103a057806387679f8e146103bf5780639ee679e8146103de575f5ffd5b80634029c438116101685780635689141211610138578063568914121461030d5780635ed253461461032257806361d027b31461033657806370c04d8014610381575f5ffd5b80634029c438146102a5578063461c8cb7146102c45780634a1d0eed146102e357806352d63ff4146102f8575f5ffd5b80632ef3dbf5116101a35780632ef3dbf51461023b578063333e44e614610267578063350fd0be1461027c5780633ccfd60b14610291575f5ffd5b806317e85926146101c95780631af7453d146101ea57806323d9f2bb1461021c575b5f5ffd5b3480156101d4575f5ffd5b506101e86101e3366004613877565b6105bc565b005b3480156101f5575f5ffd5b506102096102043660046138ad565b610767565b6040519081526020015b60405180910390f35b348015610227575f5ffd5b506101e861023636600461394c565b610b02565b348015610246575f5ffd5b5061024f600481565b6040516001600160401b039091168152602001610213565b348015610272575f5ffd5b5061020960035481565b348015610287575f5ffd5b5061020960055481565b34801561029c575f5ffd5b506101e8610dd6565b3480156102b0575f5ffd5b506101e86102bf366004613993565b610f32565b3480156102cf575f5ffd5b506101e86102de366004613a13565b6112d0565b3480156102ee575f5ffd5b5061020960075481565b348015610303575f5ffd5b506102096103e881565b348015610318575f5ffd5b5061020960045481565b34801561032d575f5ffd5b50610209601081565b348015610341575f5ffd5b506103697f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610213565b34801561038c575f5ffd5b506101e861039b366004613a3d565b611686565b3480156103ab575f5ffd5b506101e86103ba366004613ab4565b6118fa565b3480156103ca575f5ffd5b506101e86103d9366004613add565b611b23565b3480156103e9575f5ffd5b506101e86103f8366004613add565b611d6e565b348015610408575f5ffd5b5061020960065481565b34801561041d575f5ffd5b506101e861042c366004613af4565b611e75565b34801561043c575f5ffd5b506104647f000000000000000000000000000000000000000000000000000000000000000081565b60405161ffff9091168152602001610213565b348015610482575f5ffd5b5061020960095481565b348015610497575f5ffd5b506103697f000000000000000000000000000000000000000000000000000000000000000081565b3480156104ca575f5ffd5b506102096104d9366004613b49565b5f6020819052908152604090205481565b3480156104f5575f5ffd5b50610209610504366004613b49565b60016020525f908152604090205481565b348015610520575f5ffd5b5061055061052f366004613b49565b60026020525f9081526040902080546001909101546001600160401b031682565b604080519283526001600160401b03909116602083015201610213565b6101e8612322565b348015610580575f5ffd5b5061024f7f000000000000000000000000000000000000000000000000000000000000000081565b3480156105b3575f5ffd5b506102096123b4565b5f828152600b60209081526040808320600c83528184203385529092529091206001815460ff1660058111156105f4576105f4613b62565b14610621578054604051635c4ff07d60e01b81526106189160ff1690600401613b89565b60405180910390fd5b6008820154600160401b90046001600160401b031642111561066d5760088201546040516326b39d0360e11b8152600160401b9091046001600160401b03166004820152602401610618565b805461068a90600160481b90046001600160401b03166001613bb0565b61069690610100613bb0565b4311156106eb5780546106ba90600160481b90046001600160401b03166001613bc3565b6106c690610100613bc3565b60405163734e2b7960e01b81526001600160401b039091166004820152602401610618565b5f6106f685336123f1565b82546001600160401b038216610100810268ffffffffffffffffff1990921691909117600217845560018401869055604051908152909150339086907f53c31612a70c75ddf2fc6aeeda808da5cd6b69c2f80e2e19913f1bca26326725906020015b60405180910390a35050505050565b5f838152600a602052604081206003600d82015460ff16600781111561078f5761078f613b62565b141580156107b657506004600d82015460ff1660078111156107b3576107b3613b62565b14155b801561082357506006600d82015460ff1660078111156107d8576107d8613b62565b141580156107ff57506005600d82015460ff1660078111156107fc576107fc613b62565b14155b8061082357505f858152600b60205260409020601201546001600160401b03164210155b1561084a57600d810154604051630d64047360e21b81526106189160ff1690600401613be2565b5f858152600b602052604090206009015460ff1661087b57604051630bb55aad60e41b815260040160405180910390fd5b5f858152600c602090815260408083206001600160a01b038816845290915290206003815460ff1660058111156108b4576108b4613b62565b146108d8578054604051635c4ff07d60e01b81526106189160ff1690600401613b89565b6001600160a01b03851633036109015760405163706cd38160e01b815260040160405180910390fd5b5f868152600b60205260409020610918908261251d565b156109365760405163e5fa050160e01b815260040160405180910390fd5b5f868152600b6020526040902061094d908261256c565b1561096b57604051631b57bab360e01b815260040160405180910390fd5b805461010090046001600160401b03166109886020860186613c0c565b6001600160401b03161415806109a657508060020154846060013514155b156109c457604051637ca55c7760e01b815260040160405180910390fd5b6109cf8683866125bc565b6109e033836006016001015461268c565b805460ff19166004178155600381018054336001600160a01b03199091161790556001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001663c7b5c95d610a518488610a4260208a018a613c0c565b89602001358a60600135612715565b6040518263ffffffff1660e01b8152600401610a6d9190613c25565b6020604051808303815f875af1158015610a89573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610aad9190613d09565b6004820181905560405181815290935033906001600160a01b0387169088907f39f1d859eee8d44d49e1f62ab3cdb1c8393b1649164a079f2ba1e8d05c86284c9060200160405180910390a450509392505050565b5f838152600a602052604090206003600d82015460ff166007811115610b2a57610b2a613b62565b14158015610b5157506004600d82015460ff166007811115610b4e57610b4e613b62565b14155b15610b7857600d810154604051630d64047360e21b81526106189160ff1690600401613be2565b60098101546001600160a01b03163314610ba5576040516331511a2160e21b815260040160405180910390fd5b811580610bb25750601082115b15610bd05760405163a7efde2760e01b815260040160405180910390fd5b600d810154600160481b90046001600160401b031615801590610c075750600d810154600160481b90046001600160401b03164210155b15610c3c57600d8101546040516326b39d0360e11b8152600160481b9091046001600160401b03166004820152602401610618565b5f5b82811015610cc85760058201546001600160a01b90910460ff161b6020858584818110610c6d57610c6d613d20565b9050602002016020810190610c829190613c0c565b6001600160401b0316901c6001610c999190613bc3565b6001600160401b031610610cc05760405163a7efde2760e01b815260040160405180910390fd5b600101610c3e565b505f848152600e6020526040902060018101546001600160401b031615610d1357600181015460405163e39c431360e01b81526001600160401b039091166004820152602401610618565b610d2433836006016001015461268c565b8383604051602001610d37929190613d7a565b60408051808303601f19018152919052805160209091012081556008820154610d7090600160c01b90046001600160401b031642613bc3565b60018201805467ffffffffffffffff19166001600160401b0392909216918217905560405186917ff3ff6e5e62e2056b4fc9d7562aa12e5f7e257bbad586f180c0f9648239e51a0f91610dc7918891889190613d95565b60405180910390a25050505050565b600854600114610df95760405163769dd35360e11b815260040160405180910390fd5b60026008819055335f9081526020919091526040812080549091819003610e3357604051630686827b60e51b815260040160405180910390fd5b60018201546001600160401b0316421015610e7257600182015460405163be8a527b60e01b81526001600160401b039091166004820152602401610618565b5f80835560058054839290610e88908490613dc1565b909155505060405181815233907f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d59060200160405180910390a26040515f90339083908381818185875af1925050503d805f8114610f01576040519150601f19603f3d011682016040523d82523d5f602084013e610f06565b606091505b5050905080610f28576040516312171d8360e31b815260040160405180910390fd5b5050600160085550565b5f610f3e866003612844565b5f878152600b60205260409020600a820154919250906001600160a01b03163314610f7c5760405163c139eabd60e01b815260040160405180910390fd5b80546201000090046001600160401b03165f03610fac576040516316a519cf60e31b815260040160405180910390fd5b600981015460ff1615610fd2576040516375dde69b60e01b815260040160405180910390fd5b60128201545f03610ff657604051636a35b3b160e11b815260040160405180910390fd5b6008810154600160801b90046001600160401b0316421161104157600881015460405163d606d83f60e01b8152600160801b9091046001600160401b03166004820152602401610618565b6008810154600160c01b90046001600160401b031642111561108d5760088101546040516326b39d0360e11b8152600160c01b9091046001600160401b03166004820152602401610618565b600681015460408051602081018990520160405160208183030381529060405280519060200120146110d25760405163e1dcd59760e01b815260040160405180910390fd5b60098101805460ff1916600117905560078101545f9081906111059089908b6110fa816128a3565b875461ffff166128d1565b91509150811561120b5761111d8989838a8a8a612971565b5f898152600d602081815260408084209287015481516001600160401b0387168185015280830191909152815180820383018152606090910182528051908301208452919052812054600e8501805467ffffffff00000000191663ffffffff9092166401000000008102929092179055600385015460028601549192916111a49190612ace565b905063ffffffff8216158015906111ba57508015155b15611208575f6111d063ffffffff841683613de8565b600f870181905590506111e963ffffffff841682613dfb565b601087015561120661120163ffffffff851683613dfb565b612b17565b505b50505b600884015461122a90600160801b90046001600160401b031642613bc3565b600d8501805470ffffffffffffffff0000000000000000001916600160481b6001600160401b03938416021790556010850154600e850154600f8601546040805187151581529486166020860152840192909252640100000000900463ffffffff166060830152608082015289907f2a2a2902bce4eaf054060d8d29c95c64d13b94f82b85bb9376f418c3134a46339060a00160405180910390a2505050505050505050565b5f828152600c602090815260408083206001600160a01b038516845290915290206004815460ff16600581111561130957611309613b62565b1461132d578054604051635c4ff07d60e01b81526106189160ff1690600401613b89565b600481810154604051633c59405960e01b8152918201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690633c59405990602401602060405180830381865afa158015611395573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906113b99190613e12565b90505f8160028111156113ce576113ce613b62565b036113ec576040516347ca30d160e11b815260040160405180910390fd5b5f848152600a60209081526040808320600b9092529091206003840180546001600160a01b031981169091556001600160a01b0316600184600281111561143557611435613b62565b036115985761144c81846006016001015488612b48565b845460ff19166003178555600480860154604051636892247560e11b8152918201526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063d12448ea90602401602060405180830381865afa1580156114bd573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906114e19190613e30565b156115445760088301545f9061150790600160801b90046001600160401b031642613bc3565b60128401549091506001600160401b0390811690821611156115425760128301805467ffffffffffffffff19166001600160401b0383161790555b505b600485015460408051918252600160208301526001600160a01b0388169189917f2cf916c51f5ad0fb8350a4ca8c14c6a9167396b0e8fdf9fc3ac04450f999b105910160405180910390a350505050505050565b6115a9818460060160010154612cc6565b60018201546115d28782846127106115c36103e884613dfb565b6115cd9190613de8565b612d89565b855460ff191660051786556115e78387612ec2565b60098401546116009084906001600160a01b0316612f4d565b6004860154604080519182525f60208301526001600160a01b038916918a917f2cf916c51f5ad0fb8350a4ca8c14c6a9167396b0e8fdf9fc3ac04450f999b105910160405180910390a3866001600160a01b0316885f5160206140685f395f51905f5260045f604051611674929190613e4f565b60405180910390a35050505050505050565b5f858152600a60209081526040808320600e90925282206001810154919290916001600160401b031690036116ce576040516358568b5160e01b815260040160405180910390fd5b60018101546001600160401b031642111561170d5760018101546040516326b39d0360e11b81526001600160401b039091166004820152602401610618565b82851415806117455750805460405161172c9088908890602001613d7a565b6040516020818303038152906040528051906020012014155b156117635760405163a7efde2760e01b815260040160405180910390fd5b5f856001600160401b0381111561177c5761177c613e66565b6040519080825280602002602001820160405280156117a5578160200160208202803683370190505b5090505f5b8681101561187057611806848989848181106117c8576117c8613d20565b90506020020160208101906117dd9190613c0c565b8888858181106117ef576117ef613d20565b90506020028101906118019190613e7a565b612f87565b61182357604051637ca55c7760e01b815260040160405180910390fd5b85858281811061183557611835613d20565b90506020028101906118479190613e7a565b6020013582828151811061185d5761185d613d20565b60209081029190910101526001016117aa565b505f888152600e60205260408120908155600101805467ffffffffffffffff19169055600983015460078401546118b2916001600160a01b0316903381612d89565b877f409c0e1c1ce25997854455cc772b3ca1732f70ee9e6a87ff3b99d189c1175472338989856040516118e89493929190613e98565b60405180910390a25050505050505050565b5f838152600b60209081526040808320600c83528184203385529092529091206002815460ff16600581111561193257611932613b62565b14611956578054604051635c4ff07d60e01b81526106189160ff1690600401613b89565b6008820154600160401b90046001600160401b031642116119a157600882015460405163d606d83f60e01b8152600160401b9091046001600160401b03166004820152602401610618565b6008820154600160801b90046001600160401b03164211156119ed5760088201546040516326b39d0360e11b8152600160801b9091046001600160401b03166004820152602401610618565b600181015460408051602081018890523391810191909152606081018690526080810185905260a0016040516020818303038152906040528051906020012014611a4a57604051638ff14e0d60e01b815260040160405180910390fd5b600281018490558054600360ff19909116178082555f868152600d6020908152604080832081516101009095046001600160401b031685840152848201899052815180860383018152606090950182528451948301949094208352929052908120805463ffffffff1691611abd83613eff565b825461010092830a63ffffffff81810219909216929091160217909155825460408051929091046001600160401b031682526020820187905233925087917fbf6c60af379ac044ddd6f443bbbd180330c08caf9a7e0634d1aceaa5ca6e79a19101610758565b5f611b2f826003612844565b5f838152600b602052604081208054929350916201000090046001600160401b03169003611b70576040516316a519cf60e31b815260040160405180910390fd5b60128201545f03611b9457604051636a35b3b160e11b815260040160405180910390fd5b6008810154600160401b90046001600160401b0316421115611be05760088101546040516326b39d0360e11b8152600160401b9091046001600160401b03166004820152602401610618565b600a8201546001600160a01b03163303611c0d576040516320a553e160e11b815260040160405180910390fd5b5f838152600c60209081526040808320338452909152812090815460ff166005811115611c3c57611c3c613b62565b14611c5a576040516335d9080560e01b815260040160405180910390fd5b600582015463ffffffff1615801590611c8557506005820154600e83015463ffffffff918216911610155b15611cb157600582015460405163fa17747b60e01b815263ffffffff9091166004820152602401610618565b611cc133835f016001015461268c565b600e8201805463ffffffff16905f611cd883613eff565b825463ffffffff9182166101009390930a928302919092021990911617905550805470ffffffffffffffff0000000000000000ff1916600160481b436001600160401b039081168202929092176001178084556040519190049091168152339085907ff17dd6991aa4e09156a43fff8b35813a2f571224525ff2107403261da72ac199906020015b60405180910390a350505050565b805f03611d8e57604051631f2a200560e01b815260040160405180910390fd5b611d983382613168565b335f908152600260205260408120805490918391839190611dba908490613bb0565b90915550611dea90507f000000000000000000000000000000000000000000000000000000000000000042613bc3565b816001015f6101000a8154816001600160401b0302191690836001600160401b031602179055508160055f828254611e229190613bb0565b90915550506001810154604080518481526001600160401b03909216602083015233917fbf6730b5b5d9fd45cdb42f69910317da629fd6e12b3ab41aa1708cd916385dfc91015b60405180910390a25050565b5f848152600a60209081526040808320600b8352818420600c84528285206001600160a01b038916865290935292208054600183015460ff909116906002826005811115611ec557611ec5613b62565b1480611ee257506001826005811115611ee057611ee0613b62565b145b15611f9c576008840154600160801b90046001600160401b03164211611f3257600884015460405163d606d83f60e01b8152600160801b9091046001600160401b03166004820152602401610618565b825460ff19166005178355611f4788826131ec565b6009850154611f609085906001600160a01b0316612f4d565b876001600160a01b0316895f5160206140685f395f51905f5260015f604051611f8a929190613e4f565b60405180910390a3505050505061231c565b6003826005811115611fb057611fb0613b62565b14611fd05781604051635c4ff07d60e01b81526004016106189190613b89565b6005600d86015460ff166007811115611feb57611feb613b62565b1415801561201257506006600d86015460ff16600781111561200f5761200f613b62565b14155b1561203957600d850154604051630d64047360e21b81526106189160ff1690600401613be2565b60128401546001600160401b031642101561207857601284015460405163d606d83f60e01b81526001600160401b039091166004820152602401610618565b825460ff19166005178084556002840154906001600160401b03610100909104166120a3868661251d565b15612109576120b28a84612cc6565b60098701546120cb9087906001600160a01b0316612f4d565b896001600160a01b03168b5f5160206140685f395f51905f5260055f6040516120f5929190613e4f565b60405180910390a35050505050505061231c565b5f612114878761256c565b1561211d575060025b5f81600581111561213057612130613b62565b146121a05761213f8b856131ec565b6121498787612ec2565b60098801546121629088906001600160a01b0316612f4d565b8a6001600160a01b03168c5f5160206140685f395f51905f52835f60405161218b929190613e4f565b60405180910390a3505050505050505061231c565b6121aa8b85612cc6565b60098701545f90610100900460ff1680156121db575060098801546001600160401b03848116630100000090920416145b80156121ea575087600d015484145b80156121f95750600f88015415155b156122285787600f0154905080886010015f8282546122189190613dc1565b9091555061222890508c826132cc565b5f6005600d8b015460ff16600781111561224457612244613b62565b14801561227757506122716122588f6128a3565b61226c906001600160401b03166001613bb0565b6132ed565b60ff168b145b80156122a4575060108a01546122a28661229b6001600160401b0388166001613bb0565b8f8f613315565b145b905080156122be5760048901546122bb9083613bb0565b91505b6122e089826122da5760098c01546001600160a01b0316612f4d565b8e612f4d565b8c6001600160a01b03168e5f5160206140685f395f51905f528585604051612309929190613e4f565b60405180910390a3505050505050505050505b50505050565b345f0361234257604051631f2a200560e01b815260040160405180910390fd5b335f9081526020819052604081208054349290612360908490613bb0565b925050819055503460035f8282546123789190613bb0565b909155505060405134815233907f2da466a7b24304f47e87fa2e1e5a81b9831ce54fec19055ce277ca2f39ba42c49060200160405180910390a2565b5f6007546006546005546004546003546123ce9190613bb0565b6123d89190613bb0565b6123e29190613bb0565b6123ec9190613bb0565b905090565b5f828152600c602090815260408083206001600160a01b0385168452909152812081815460ff16600581111561242957612429613b62565b0361244d578054604051635c4ff07d60e01b81526106189160ff1690600401613b89565b6001815460ff16600581111561246557612465613b62565b14612480575461010090046001600160401b03169050612517565b80545f906124a8906124a390600160481b90046001600160401b03166001613bb0565b613365565b5090506124b4856128a3565b5f868152600a6020908152604091829020601201548251808301919091526001600160a01b0388168184015260608082018690528351808303909101815260809091019092528151910120612512916001600160401b031690613f23565b925050505b92915050565b60098201545f90610100900460ff1680156125655750600983015461255390630100000090046001600160401b03166001613bb0565b825461010090046001600160401b0316145b9392505050565b60098201545f90610100900460ff1680156125a457506009830154825461010090046001600160401b03908116630100000090920416145b8015612565575050600c909101546002909101541490565b5f6125c6846128a3565b90506001600160401b0381166125df6020840184613c0c565b6001600160401b031610158061261c575061260761226c6001600160401b0383166001613bb0565b60ff166126176040840184613f36565b905014155b1561263a57604051637ca55c7760e01b815260040160405180910390fd5b601083015461266e602084018035906126539086613c0c565b6001600160401b03166126696040870187613f36565b613315565b1461231c57604051637ca55c7760e01b815260040160405180910390fd5b6126968282613168565b6001600160a01b0382165f90815260016020526040812080548392906126bd908490613bb0565b925050819055508060045f8282546126d59190613bb0565b90915550506040518181526001600160a01b038316907f9f1ec8c880f76798e7b793325d625e9b60e4082a553c98f42b6cda368dd6000890602001611e69565b60408051610180810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e0810182905261010081018290526101208101829052610140810182905261016081019190915260408051610180810182526001600160a01b0387168152336020820152600188015491810191909152600287015460608201526003870154608082015260a0810184905260c08101839052600587015460e08201906127e490600160401b90046001600160401b031687613f7b565b6001600160401b0390811682526005890154600160401b81048216602084015263ffffffff600160801b820416604084015260ff600160a01b9091041660608301526008890154600160c01b900416608090910152905095945050505050565b5f828152600a6020526040902081600781111561286357612863613b62565b600d82015460ff16600781111561287c5761287c613b62565b1461251757600d810154604051630d64047360e21b81526106189160ff1690600401613be2565b5f818152600a602052604081206005810154612565906001600160401b03600160401b820481169116613f9d565b604080516020808201889052818301879052606080830187905283518084039091018152608090920190925280519101205f90819060026001600160401b038616108061292d575061ffff841661292a61271083613f23565b10155b1561293e575f5f9250925050612967565b600161294a8187613fca565b612961906001600160401b0316608084901c613f23565b92509250505b9550959350505050565b5f868152600a60209081526040808320600b9092528220909180806129fe866129f98c8e6040805160606020808301829052601560808401527476657269747261696e2e666f726365642e6d61736b60581b60a08085019190915283850196909652908201939093528151808203909401845260c00190528151910120600160ff9091161790565b6133f4565b919450925090505f612a1a6001600160401b038b166001613bb0565b9050831580612a375750612a306122588d6128a3565b60ff168814155b80612a5157508560100154612a4e83838c8c613315565b14155b15612a6f57604051637ca55c7760e01b815260040160405180910390fd5b612a7b83828b8b613315565b6010909601959095556009840180546001600160401b03909a166301000000026affffffffffffffff00ff0019909a169990991761010017909855600c83019790975550600d0194909455505050505050565b6007545f90612710612ae26103e883613dfb565b612aec9190613de8565b612af69084613bb0565b915081841015612b04578391505b81811015612b10578091505b5092915050565b8060075f828254612b289190613dc1565b925050819055508060065f828254612b409190613bb0565b909155505050565b6001600160a01b0383165f9081526001602052604081208054849290612b6f908490613dc1565b925050819055508160045f828254612b879190613dc1565b909155505f9050612710612bbf61ffff7f00000000000000000000000000000000000000000000000000000000000000001685613dfb565b612bc99190613de8565b9050805f5f846001600160a01b03166001600160a01b031681526020019081526020015f205f828254612bfc9190613bb0565b90915550612c0c90508184613dc1565b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000165f9081526020819052604081208054909190612c53908490613bb0565b925050819055508260035f828254612c6b9190613bb0565b90915550506001600160a01b038083169085167f83b5f75e441a9db2d1054d5ef2c5e3c4aac434fbb76c29fc9b11bac21d6400358584612cab8183613dc1565b60408051938452602084019290925290820152606001611d60565b6001600160a01b0382165f9081526001602052604081208054839290612ced908490613dc1565b925050819055508060045f828254612d059190613dc1565b90915550506001600160a01b0382165f9081526020819052604081208054839290612d31908490613bb0565b925050819055508060035f828254612d499190613bb0565b90915550506040518181526001600160a01b038316907f0f0bc5b519ddefdd8e5f9e6423433aa2b869738de2ae34d58ebc796fc749fa0d90602001611e69565b6001600160a01b0384165f9081526001602052604081208054859290612db0908490613dc1565b925050819055508260045f828254612dc89190613dc1565b90915550506001600160a01b0382165f9081526020819052604081208054839290612df4908490613bb0565b925050819055508060035f828254612e0c9190613bb0565b90915550612e1c90508184613dc1565b60075f828254612e2c9190613bb0565b909155505060408051848152602081018390525f8183015290516001600160a01b0384811692908716917f83b5f75e441a9db2d1054d5ef2c5e3c4aac434fbb76c29fc9b11bac21d6400359181900360600190a37f2076cd8bd7c147f4b7bb2b5e2dd0db46fb74246bc4c4e3ded824202bfff5ca57612eab8285613dc1565b60405190815260200160405180910390a150505050565b6009820154610100900460ff168015612ef857506009820154815461010090046001600160401b03908116630100000090920416145b8015612f0b575081600d01548160020154145b8015612f1a5750600f82015415155b15612f495781600f0154826010015f828254612f369190613dc1565b9091555050600f820154612f4990613438565b5050565b60048201545f819003612f5f57505050565b80836011015f828254612f729190613dc1565b90915550612f82905082826132cc565b505050565b5f63ffffffff602084901c8116908416612fa46080850185613fe9565b1590506130a0576020840135151580612fca5750612fc56040850185613f36565b151590505b80613030575083356002612fe16080870187613fe9565b604051612fef92919061402b565b602060405180830381855afa15801561300a573d5f5f3e3d5ffd5b5050506040513d601f19601f8201168201806040525081019061302d9190613d09565b14155b80613058575061304b6130466080860186613fe9565b61349c565b613056826008613dfb565b105b15613067575f92505050612565565b601186015461309661307e863560a08801356135eb565b613089856001613bb0565b6126696060890189613f36565b1492505050612565565b83351580156130b157506020840135155b80156130c957506130c56040850185613f36565b1590505b15613111576005860154600160a01b900460ff166130ea6060860186613f36565b9050148015613108575060118601546130965f613089856001613bb0565b92505050612565565b5f80613148848735613124866008613dfb565b60208a013561313660408c018c613f36565b61314360608e018e613f36565b613624565b9150915081801561315c5750876011015481145b98975050505050505050565b6001600160a01b0382165f90815260208190526040902054818110156131ab5760405163018ac91360e61b81526004810182905260248101839052604401610618565b6131b58282613dc1565b6001600160a01b0384165f90815260208190526040812091909155600380548492906131e2908490613dc1565b9091555050505050565b6001600160a01b0382165f9081526001602052604081208054839290613213908490613dc1565b925050819055508060045f82825461322b9190613dc1565b925050819055508060075f8282546132439190613bb0565b9091555050604080518281525f602082018190529181018290526001600160a01b038416907f83b5f75e441a9db2d1054d5ef2c5e3c4aac434fbb76c29fc9b11bac21d6400359060600160405180910390a36040518181527f2076cd8bd7c147f4b7bb2b5e2dd0db46fb74246bc4c4e3ded824202bfff5ca579060200160405180910390a15050565b8060065f8282546132dd9190613dc1565b90915550612f49905082826136d0565b5f5b818160ff166001901b101561331057806133088161403a565b9150506132ef565b919050565b5f61010082108015613328575083821c15155b156133505760405163177e5bcb60e01b81526004810185905260248101839052604401610618565b61335c8585858561374f565b95945050505050565b5f5f82431161339e57613379836001613bb0565b6040516302c32a2d60e01b81526001600160401b039091166004820152602401610618565b6101006133ab8443613dc1565b11156133ed57610100836133c0600143613dc1565b6133ca9190613dc1565b6133d49190613de8565b6133e090610100613dfb565b6133ea9084613bb0565b92505b5050804091565b5f808061342b853560208701356040880135606089013561341860808b018b613f36565b61342560a08d018d613f36565b8c6137f5565b9250925092509250925092565b8060065f8282546134499190613dc1565b925050819055508060075f8282546134619190613bb0565b90915550506040518181527f2076cd8bd7c147f4b7bb2b5e2dd0db46fb74246bc4c4e3ded824202bfff5ca579060200160405180910390a150565b5f60048210156134ad57505f612517565b5f6008848460028181106134c3576134c3613d20565b919091013560f81c90911b9050848460018181106134e3576134e3613d20565b6134f99392013560f81c90911790506003613bb0565b905080831161350b575f915050612517565b5f84848381811061351e5761351e613d20565b919091013560f81c91508290506135348161404f565b92506135439050816008613dfb565b61354d9083613bb0565b841461355d575f92505050612517565b600192505f5b818110156135e2575f805b60088110156135cc57613582816008613dfb565b888883613590876008613dfb565b61359a908a613bb0565b6135a49190613bb0565b8181106135b3576135b3613d20565b919091013560f81c90911b92909217915060010161356e565b506135d78186613dfb565b945050600101613563565b50505092915050565b5f6040516002815383600182015282602182015260205f60418360025afa61361a5763832d99055f526004601cfd5b50505f5192915050565b5f80600388901c6101008610801561363d575080861c15155b1561364e57505f91508190506136c3565b5f198b0361366257505f91508190506136c3565b5f61366e8c6001613bb0565b905061010085108015613682575080851c15155b1561369557505f92508291506136c39050565b5f6136ab8c6136a68c868d8d61374f565b6135eb565b905060016136bb82848a8a61374f565b945094505050505b9850989650505050505050565b6001600160a01b0382165f90815260208190526040812080548392906136f7908490613bb0565b925050819055508060035f82825461370f9190613bb0565b90915550506040518181526001600160a01b038316907f9c9e0cdb1670e88302408e5b941dc636f63a3293204694bb68910fcf3d9305f390602001611e69565b5f6040515f815385600182015260205f60218360025afa6137775763832d99055f526004601cfd5b5f519150838360051b8101600183535b808210156137ea576001871680156137ab57823560018501528460218501526137b9565b846001850152823560218501525b5060205f60418560025afa6137d55763832d99055f526004601cfd5b5f5193508660011c9650602082019150613787565b505050949350505050565b5f5f5f6138088c8c8c8c8c8c8c8c613624565b90935091506138628c8c8c6138598d828a600881811b62ff00001682821c61ff0016601884811c60ff16919091179190911792901b63ff0000001691909117600792909216600402601c03021b1890565b8c8c8c8c613624565b90508091505099509950999650505050505050565b5f5f60408385031215613888575f5ffd5b50508035926020909101359150565b80356001600160a01b0381168114613310575f5ffd5b5f5f5f606084860312156138bf575f5ffd5b833592506138cf60208501613897565b915060408401356001600160401b038111156138e9575f5ffd5b840160a081870312156138fa575f5ffd5b809150509250925092565b5f5f83601f840112613915575f5ffd5b5081356001600160401b0381111561392b575f5ffd5b6020830191508360208260051b8501011115613945575f5ffd5b9250929050565b5f5f5f6040848603121561395e575f5ffd5b8335925060208401356001600160401b0381111561397a575f5ffd5b61398686828701613905565b9497909650939450505050565b5f5f5f5f5f608086880312156139a7575f5ffd5b853594506020860135935060408601356001600160401b038111156139ca575f5ffd5b6139d688828901613905565b90945092505060608601356001600160401b038111156139f4575f5ffd5b860160c08189031215613a05575f5ffd5b809150509295509295909350565b5f5f60408385031215613a24575f5ffd5b82359150613a3460208401613897565b90509250929050565b5f5f5f5f5f60608688031215613a51575f5ffd5b8535945060208601356001600160401b03811115613a6d575f5ffd5b613a7988828901613905565b90955093505060408601356001600160401b03811115613a97575f5ffd5b613aa388828901613905565b969995985093965092949392505050565b5f5f5f60608486031215613ac6575f5ffd5b505081359360208301359350604090920135919050565b5f60208284031215613aed575f5ffd5b5035919050565b5f5f5f5f60608587031215613b07575f5ffd5b84359350613b1760208601613897565b925060408501356001600160401b03811115613b31575f5ffd5b613b3d87828801613905565b95989497509550505050565b5f60208284031215613b59575f5ffd5b61256582613897565b634e487b7160e01b5f52602160045260245ffd5b60068110613b8657613b86613b62565b50565b60208101613b9683613b76565b91905290565b634e487b7160e01b5f52601160045260245ffd5b8082018082111561251757612517613b9c565b6001600160401b03818116838216019081111561251757612517613b9c565b6020810160088310613b9657613b96613b62565b80356001600160401b0381168114613310575f5ffd5b5f60208284031215613c1c575f5ffd5b61256582613bf6565b81516001600160a01b0316815261018081016020830151613c5160208401826001600160a01b03169052565b5060408301516040830152606083015160608301526080830151608083015260a083015160a083015260c083015160c083015260e0830151613c9e60e08401826001600160401b03169052565b50610100830151613cbb6101008401826001600160401b03169052565b50610120830151613cd561012084018263ffffffff169052565b50610140830151613cec61014084018260ff169052565b50610160830151612b106101608401826001600160401b03169052565b5f60208284031215613d19575f5ffd5b5051919050565b634e487b7160e01b5f52603260045260245ffd5b8183526020830192505f815f5b84811015613d70576001600160401b03613d5a83613bf6565b1686526020958601959190910190600101613d41565b5093949350505050565b602081525f613d8d602083018486613d34565b949350505050565b604081525f613da8604083018587613d34565b90506001600160401b0383166020830152949350505050565b8181038181111561251757612517613b9c565b634e487b7160e01b5f52601260045260245ffd5b5f82613df657613df6613dd4565b500490565b808202811582820484141761251757612517613b9c565b5f60208284031215613e22575f5ffd5b815160038110612565575f5ffd5b5f60208284031215613e40575f5ffd5b81518015158114612565575f5ffd5b60408101613e5c84613b76565b9281526020015290565b634e487b7160e01b5f52604160045260245ffd5b5f823560be19833603018112613e8e575f5ffd5b9190910192915050565b6001600160a01b03851681526060602082018190525f90613ebc9083018587613d34565b8281036040840152835180825260208086019201905f5b81811015613ef1578351835260209384019390920191600101613ed3565b509098975050505050505050565b5f63ffffffff821663ffffffff8103613f1a57613f1a613b9c565b60010192915050565b5f82613f3157613f31613dd4565b500690565b5f5f8335601e19843603018112613f4b575f5ffd5b8301803591506001600160401b03821115613f64575f5ffd5b6020019150600581901b3603821315613945575f5ffd5b6001600160401b038181168382160290811690818114612b1057612b10613b9c565b5f6001600160401b03831680613fb557613fb5613dd4565b806001600160401b0384160491505092915050565b6001600160401b03828116828216039081111561251757612517613b9c565b5f5f8335601e19843603018112613ffe575f5ffd5b8301803591506001600160401b03821115614017575f5ffd5b602001915036819003821315613945575f5ffd5b818382375f9101908152919050565b5f60ff821660ff8103613f1a57613f1a613b9c565b5f6001820161406057614060613b9c565b506001019056fe0c66915ab1d13caeb6b1ddfe03c0e8b8e9ef88ca063d088cdcd6bcd9733106b5a2646970667358221220c340615c503d3886ea9f81e5a192e6d944b302e167a9c8dc68a02ef4b8acc89364736f6c63430008250033",
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
// Solidity: function getAttestation(uint256 id, address attester) view returns((uint8,uint64,uint64,bytes32,bytes32,address,uint256))
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
// Solidity: function getAttestation(uint256 id, address attester) view returns((uint8,uint64,uint64,bytes32,bytes32,address,uint256))
func (taskMarket *TaskMarket) TryPackGetAttestation(id *big.Int, attester common.Address) ([]byte, error) {
	return taskMarket.abi.Pack("getAttestation", id, attester)
}

// UnpackGetAttestation is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x17131dc7.
//
// Solidity: function getAttestation(uint256 id, address attester) view returns((uint8,uint64,uint64,bytes32,bytes32,address,uint256))
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
// Solidity: function getAudit(uint256 id) view returns(((uint16,uint64,uint64,uint256,uint256,uint256,uint256,uint32),bytes32,bytes32,uint64,uint64,uint64,uint64,bool,bool,bool,uint64,uint64,bytes32,address,bytes32,bytes32,uint32,uint32,uint256,uint256,uint256,uint64))
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
// Solidity: function getAudit(uint256 id) view returns(((uint16,uint64,uint64,uint256,uint256,uint256,uint256,uint32),bytes32,bytes32,uint64,uint64,uint64,uint64,bool,bool,bool,uint64,uint64,bytes32,address,bytes32,bytes32,uint32,uint32,uint256,uint256,uint256,uint64))
func (taskMarket *TaskMarket) TryPackGetAudit(id *big.Int) ([]byte, error) {
	return taskMarket.abi.Pack("getAudit", id)
}

// UnpackGetAudit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x17bf37a3.
//
// Solidity: function getAudit(uint256 id) view returns(((uint16,uint64,uint64,uint256,uint256,uint256,uint256,uint32),bytes32,bytes32,uint64,uint64,uint64,uint64,bool,bool,bool,uint64,uint64,bytes32,address,bytes32,bytes32,uint32,uint32,uint256,uint256,uint256,uint64))
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
// Solidity: function getTask(uint256 id) view returns(((bytes32,bytes32,bytes32,bytes32,bytes32,uint64,uint64,uint32,uint8),(uint256,uint256,uint64,uint64,uint64,uint64),address,address,address,uint256,uint8,uint64,uint64,uint64,uint64,uint256,bytes32,bytes32,bytes32))
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
// Solidity: function getTask(uint256 id) view returns(((bytes32,bytes32,bytes32,bytes32,bytes32,uint64,uint64,uint32,uint8),(uint256,uint256,uint64,uint64,uint64,uint64),address,address,address,uint256,uint8,uint64,uint64,uint64,uint64,uint256,bytes32,bytes32,bytes32))
func (taskMarket *TaskMarket) TryPackGetTask(id *big.Int) ([]byte, error) {
	return taskMarket.abi.Pack("getTask", id)
}

// UnpackGetTask is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1d65e77e.
//
// Solidity: function getTask(uint256 id) view returns(((bytes32,bytes32,bytes32,bytes32,bytes32,uint64,uint64,uint32,uint8),(uint256,uint256,uint64,uint64,uint64,uint64),address,address,address,uint256,uint8,uint64,uint64,uint64,uint64,uint256,bytes32,bytes32,bytes32))
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
// the contract method with ID 0x8df82800.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settle(uint256 id) returns()
func (taskMarket *TaskMarket) PackSettle(id *big.Int) []byte {
	enc, err := taskMarket.abi.Pack("settle", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8df82800.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settle(uint256 id) returns()
func (taskMarket *TaskMarket) TryPackSettle(id *big.Int) ([]byte, error) {
	return taskMarket.abi.Pack("settle", id)
}

// PackSettleAttestation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x461c8cb7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settleAttestation(uint256 id, address attester) returns()
func (taskMarket *TaskMarket) PackSettleAttestation(id *big.Int, attester common.Address) []byte {
	enc, err := taskMarket.abi.Pack("settleAttestation", id, attester)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettleAttestation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x461c8cb7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settleAttestation(uint256 id, address attester) returns()
func (taskMarket *TaskMarket) TryPackSettleAttestation(id *big.Int, attester common.Address) ([]byte, error) {
	return taskMarket.abi.Pack("settleAttestation", id, attester)
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
