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
	ABI: "[{\"inputs\":[{\"internalType\":\"contractPinpointGame\",\"name\":\"game_\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"unbondingDelay_\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"treasury_\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"winnerShareBps_\",\"type\":\"uint16\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AlreadyAttested\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"lastBlock\",\"type\":\"uint64\"}],\"name\":\"AttestExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"max\",\"type\":\"uint32\"}],\"name\":\"AttestersFull\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadConfig\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadProof\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadReveal\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadSecret\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadTask\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"GamePending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"InfoTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"have\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"InsufficientFree\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LazyAttestation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoAudit\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoSeed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotSolver\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotSubmitter\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pathLength\",\"type\":\"uint256\"}],\"name\":\"ProofIndexTooLarge\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"Reentrant\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SecretAlreadyRevealed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SecretNotRevealed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SeedDrawn\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"atBlock\",\"type\":\"uint64\"}],\"name\":\"SeedNotReady\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SelfChallenge\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SolverCannotAttest\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"releaseAt\",\"type\":\"uint64\"}],\"name\":\"StillUnbonding\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumTaskMarket.Term\",\"name\":\"term\",\"type\":\"uint8\"}],\"name\":\"TermOutOfBounds\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"when\",\"type\":\"uint64\"}],\"name\":\"TooEarly\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"TooLate\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"VoidAttestation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumTaskMarketAttState\",\"name\":\"have\",\"type\":\"uint8\"}],\"name\":\"WrongAttestation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumTaskMarketStatus\",\"name\":\"have\",\"type\":\"uint8\"}],\"name\":\"WrongStatus\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"info\",\"type\":\"bytes\"}],\"name\":\"Announced\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"joinBlock\",\"type\":\"uint64\"}],\"name\":\"AttestJoined\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"attestEnd\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"revealEnd\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"secretEnd\",\"type\":\"uint64\"}],\"name\":\"AttestPhase\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"enumTaskMarketOutcome\",\"name\":\"outcome\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"}],\"name\":\"AttestationClosed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"game\",\"type\":\"uint256\"}],\"name\":\"AttestationDisputed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"segment\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"endHash\",\"type\":\"bytes32\"}],\"name\":\"AttestationRevealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"game\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"attesterWon\",\"type\":\"bool\"}],\"name\":\"AttestationSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"segment\",\"type\":\"uint64\"}],\"name\":\"Attested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"segment\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"game\",\"type\":\"uint256\"}],\"name\":\"Challenged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Credited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Deposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"game\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"solverWon\",\"type\":\"bool\"}],\"name\":\"DisputeSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"JackpotFunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Locked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"forced\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"segment\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"finders\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"jackpotShare\",\"type\":\"uint256\"}],\"name\":\"SecretRevealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fromBlock\",\"type\":\"uint256\"}],\"name\":\"SeedDrawnEvent\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"winner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"toTreasury\",\"type\":\"uint256\"}],\"name\":\"Slashed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"commitBy\",\"type\":\"uint64\"}],\"name\":\"TaskClaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"enumTaskMarketStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"TaskFinalized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"}],\"name\":\"TaskPosted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"finalRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"windowEnd\",\"type\":\"uint64\"}],\"name\":\"TraceCommitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Unlocked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"releaseAt\",\"type\":\"uint64\"}],\"name\":\"WithdrawalRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_CHECKPOINTS\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_INFO\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_INTERVAL\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_NODES\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_STATE_DEPTH\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_STEPS\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_WINDOW\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MIN_WINDOW\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"POOL_DRAW_BPS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SEED_DELAY\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"info\",\"type\":\"bytes\"}],\"name\":\"announce\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"assignment\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"name\":\"attest\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"}],\"name\":\"attestSegment\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"auditModule\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"cancelTask\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"segment\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"startProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"endProof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structTaskMarketChallenge\",\"name\":\"c\",\"type\":\"tuple\"}],\"name\":\"challenge\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"secretHash\",\"type\":\"bytes32\"}],\"name\":\"claimTask\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"closeAttestation\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"finalRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"initProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"finalProof\",\"type\":\"bytes32[]\"}],\"name\":\"commitTrace\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"secret\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"decoyMask\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"segment\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"startProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"endProof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structTaskMarketChallenge\",\"name\":\"c\",\"type\":\"tuple\"}],\"name\":\"disputeAttestation\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"drawSeed\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"finalize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"fixClaimHash\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"secret\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"claimHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"n\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"bps\",\"type\":\"uint16\"}],\"name\":\"forcedError\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"forced\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"f\",\"type\":\"uint64\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"free\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"game\",\"outputs\":[{\"internalType\":\"contractPinpointGame\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"}],\"name\":\"getAttestation\",\"outputs\":[{\"components\":[{\"internalType\":\"enumTaskMarketAttState\",\"name\":\"state\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"segment\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"joinBlock\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"endHash\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"game\",\"type\":\"uint256\"}],\"internalType\":\"structTaskMarketAttestation\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"getAudit\",\"outputs\":[{\"components\":[{\"components\":[{\"internalType\":\"uint16\",\"name\":\"forcedErrorBps\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"attestWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"revealWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"attestStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"jackpotFee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"jackpot\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"attestFee\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"maxAttesters\",\"type\":\"uint32\"}],\"internalType\":\"structTaskMarketAudit\",\"name\":\"audit\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"secretHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"claimHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"claimBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"attestEnd\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"revealEnd\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"secretEnd\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"secretRevealed\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"forced\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"solverLost\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"forcedSegment\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"challengedSegment\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"challengedEnd\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"challengeWinner\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"decoy\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"trueLeaf\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"attesters\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"finders\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"jackpotShare\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"jackpotHeld\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"feesHeld\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"disputeEnd\",\"type\":\"uint64\"}],\"internalType\":\"structTaskMarketAuditState\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"getTask\",\"outputs\":[{\"components\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"specHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"nodesRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateMapRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"initRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"steps\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"interval\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"numNodes\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"stateDepth\",\"type\":\"uint8\"}],\"internalType\":\"structTaskMarketSpec\",\"name\":\"spec\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"solverStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"challengerBond\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"claimBy\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"commitWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"challengeWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"gameClock\",\"type\":\"uint64\"}],\"internalType\":\"structTaskMarketTerms\",\"name\":\"terms\",\"type\":\"tuple\"},{\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"},{\"internalType\":\"enumTaskMarketStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"commitBy\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"windowEnd\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"windowLeft\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"commitBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"game\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"finalRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"}],\"internalType\":\"structTaskMarketTask\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"joinAttestation\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"locked\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"numCheckpoints\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"specHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"nodesRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateMapRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"initRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"steps\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"interval\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"numNodes\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"stateDepth\",\"type\":\"uint8\"}],\"internalType\":\"structTaskMarketSpec\",\"name\":\"spec\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"solverStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"challengerBond\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"claimBy\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"commitWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"challengeWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"gameClock\",\"type\":\"uint64\"}],\"internalType\":\"structTaskMarketTerms\",\"name\":\"terms\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint16\",\"name\":\"forcedErrorBps\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"attestWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"revealWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"attestStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"jackpotFee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"jackpot\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"attestFee\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"maxAttesters\",\"type\":\"uint32\"}],\"internalType\":\"structTaskMarketAudit\",\"name\":\"audit\",\"type\":\"tuple\"}],\"name\":\"postTask\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"requestWithdrawal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"endHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"revealAttestation\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"secret\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"tensorIndex\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"headerHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"element\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"dataPath\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"statePath\",\"type\":\"bytes32[]\"}],\"internalType\":\"structTaskMarketDecoyOpening\",\"name\":\"o\",\"type\":\"tuple\"}],\"name\":\"revealSecret\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"settle\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"}],\"name\":\"settleAttestation\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"taskCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalEscrow\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalFree\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalHeld\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalJackpot\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalLocked\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalUnbonding\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"treasury\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"unbonding\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"releaseAt\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unbondingDelay\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"winnerShareBps\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "TaskMarket",
	Bin: "0x6101206040526001600855348015610015575f5ffd5b50604051617e98380380617e988339810160408190526100349161013e565b838383838282826001600160a01b038216158061005657506127108161ffff16115b15610074576040516301f30c8760e21b815260040160405180910390fd5b6001600160401b039092166080526001600160a01b0390811660a05261ffff90911660c0529390931660e05250506040518591508490849084906100b79061011a565b6001600160a01b0394851681526001600160401b0390931660208401529216604082015261ffff9091166060820152608001604051809103905ff080158015610102573d5f5f3e3d5ffd5b506001600160a01b031661010052506101ab92505050565b6134fd8061499b83390190565b6001600160a01b038116811461013b575f5ffd5b50565b5f5f5f5f60808587031215610151575f5ffd5b845161015c81610127565b60208601519094506001600160401b0381168114610178575f5ffd5b604086015190935061018981610127565b606086015190925061ffff811681146101a0575f5ffd5b939692955090935050565b60805160a05160c05160e051610100516147896102125f395f81816108170152612b9e01525f8181610add01528181611aa20152611c8001525f8181610a6301526129fa01525f81816108620152612a7701525f8181610c0401526121f001526147895ff3fe60806040526004361061030d575f3560e01c8063833b15ca116101a3578063c3fe3e28116100f2578063db7dd35a11610092578063f43cc7731161006d578063f43cc77314610c55578063f551216414610c69578063f5b0216114610c88578063fede611414610ca7575f5ffd5b8063db7dd35a14610bf3578063deb9663414610c26578063f367d5cc14610c3d575f5ffd5b8063cbf9fe5f116100cd578063cbf9fe5f14610b49578063cd5e6ff214610b74578063ced4cd2e14610b93578063d0e30db014610beb575f5ffd5b8063c3fe3e2814610acc578063c60e34e314610aff578063c9b5bb1714610b1e575f5ffd5b80639ee679e81161015d578063a5394c0a11610138578063a5394c0a14610a33578063ac9380d614610a52578063b216706c14610a98578063b6cb58a514610ab7575f5ffd5b80639ee679e8146109c1578063a1b49bdc146109e0578063a3d8984414610a1e575f5ffd5b8063833b15ca1461090057806387679f8e1461091f5780638df828001461093e5780638f16e1cd1461095d57806395d92006146109885780639c3e60311461099b575f5ffd5b80634a1d0eed1161025f5780635abf0f191161021957806362429fd6116101f457806362429fd614610884578063635154c7146108a35780637dbded0d146108c25780637eec20a8146108e1575f5ffd5b80635abf0f19146107e75780635e4a83a61461080657806361d027b314610851575f5ffd5b80634a1d0eed14610760578063505897931461077557806352b65c4b1461079457806352d63ff4146107a857806356891412146107bd578063588fcfd8146107d2575f5ffd5b80632ef3dbf5116102ca578063350fd0be116102a5578063350fd0be146106fe5780633ccfd60b146107135780634029c43814610727578063461c8cb714610746575f5ffd5b80632ef3dbf5146106a857806331335691146106d4578063333e44e6146106e9575f5ffd5b806305261aea1461031157806317131dc71461033257806317bf37a31461036757806317e85926146106305780631af7453d1461064f5780631d65e77e1461067c575b5f5ffd5b34801561031c575f5ffd5b5061033061032b36600461381a565b610cbd565b005b34801561033d575f5ffd5b5061035161034c366004613847565b61101d565b60405161035e9190613899565b60405180910390f35b348015610372575f5ffd5b5061062361038136600461381a565b604080516103c0810182525f6102c082018181526102e08301829052610300830182905261032083018290526103408301829052610360830182905261038083018290526103a08301829052825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810182905261012081018290526101408101829052610160810182905261018081018290526101a081018290526101c081018290526101e08101829052610200810182905261022081018290526102408101829052610260810182905261028081018290526102a0810191909152505f908152600b602081815260409283902083516103c081018552815461ffff81166102c083019081526001600160401b036201000080840482166102e0860152600160501b90930481166103008501526001850154610320850152600285015461034085015260038501546103608501526004850154610380850152600585015463ffffffff9081166103a086015291845260068501549584019590955260078401549683019690965260088301548085166060840152600160401b810485166080840152600160801b8104851660a0840152600160c01b9004841660c0830152600983015460ff808216151560e085015261010080830482161515908501529181049091161515610120830152630100000081048416610140830152600160581b90048316610160820152600a820154610180820152928101546001600160a01b03166101a0840152600c8101546101c0840152600d8101546101e0840152600e8101548085166102008501526401000000009004909316610220830152600f830154610240830152601083015461026083015260118301546102808301526012909201549091166102a082015290565b60405161035e9190613974565b34801561063b575f5ffd5b5061033061064a366004613af7565b611108565b34801561065a575f5ffd5b5061066e610669366004613b2d565b611114565b60405190815260200161035e565b348015610687575f5ffd5b5061069b61069636600461381a565b611124565b60405161035e9190613c0f565b3480156106b3575f5ffd5b506106bc600481565b6040516001600160401b03909116815260200161035e565b3480156106df575f5ffd5b5061066e61100081565b3480156106f4575f5ffd5b5061066e60035481565b348015610709575f5ffd5b5061066e60055481565b34801561071e575f5ffd5b506103306113ee565b348015610732575f5ffd5b50610330610741366004613d8f565b61154a565b348015610751575f5ffd5b5061033061064a366004613847565b34801561076b575f5ffd5b5061066e60075481565b348015610780575f5ffd5b506106bc61078f36600461381a565b611559565b34801561079f575f5ffd5b506106bc603c81565b3480156107b3575f5ffd5b5061066e6103e881565b3480156107c8575f5ffd5b5061066e60045481565b3480156107dd575f5ffd5b506106bc61100081565b3480156107f2575f5ffd5b5061033061080136600461381a565b611563565b348015610811575f5ffd5b506108397f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200161035e565b34801561085c575f5ffd5b506108397f000000000000000000000000000000000000000000000000000000000000000081565b34801561088f575f5ffd5b5061033061089e366004613e09565b6115dc565b3480156108ae575f5ffd5b5061066e6108bd366004613e92565b611840565b3480156108cd575f5ffd5b506106bc6108dc366004613847565b611bac565b3480156108ec575f5ffd5b506103306108fb36600461381a565b611bb7565b34801561090b575f5ffd5b5061033061091a366004613ed5565b611c57565b34801561092a575f5ffd5b5061033061093936600461381a565b611c64565b348015610949575f5ffd5b5061033061095836600461381a565b611c6f565b348015610968575f5ffd5b506109736210000081565b60405163ffffffff909116815260200161035e565b61066e610996366004613efe565b611fa9565b3480156109a6575f5ffd5b506109af601081565b60405160ff909116815260200161035e565b3480156109cc575f5ffd5b506103306109db36600461381a565b612199565b3480156109eb575f5ffd5b506109ff6109fa366004613f78565b612298565b6040805192151583526001600160401b0390911660208301520161035e565b348015610a29575f5ffd5b5061066e60065481565b348015610a3e575f5ffd5b50610330610a4d366004613fca565b6122b6565b348015610a5d575f5ffd5b50610a857f000000000000000000000000000000000000000000000000000000000000000081565b60405161ffff909116815260200161035e565b348015610aa3575f5ffd5b50610330610ab236600461401f565b6122c4565b348015610ac2575f5ffd5b5061066e60095481565b348015610ad7575f5ffd5b506108397f000000000000000000000000000000000000000000000000000000000000000081565b348015610b0a575f5ffd5b50610330610b19366004613af7565b612325565b348015610b29575f5ffd5b5061066e610b3836600461408b565b5f6020819052908152604090205481565b348015610b54575f5ffd5b5061066e610b6336600461408b565b60016020525f908152604090205481565b348015610b7f575f5ffd5b506106bc610b8e366004613847565b612497565b348015610b9e575f5ffd5b50610bce610bad36600461408b565b60026020525f9081526040902080546001909101546001600160401b031682565b604080519283526001600160401b0390911660208301520161035e565b61033061252d565b348015610bfe575f5ffd5b506106bc7f000000000000000000000000000000000000000000000000000000000000000081565b348015610c31575f5ffd5b506106bc6301e1338081565b348015610c48575f5ffd5b506106bc64010000000081565b348015610c60575f5ffd5b5061066e6125bf565b348015610c74575f5ffd5b50610973610c83366004613af7565b6125fc565b348015610c93575f5ffd5b50610330610ca236600461381a565b612663565b348015610cb2575f5ffd5b506106bc6210000081565b5f818152600a60209081526040808320600b9092528220600d8201549192909160ff16906002826007811115610cf557610cf5613871565b1490506003826007811115610d0c57610d0c613871565b148015610d28575082546201000090046001600160401b031615155b8015610d395750600983015460ff16155b15610dba5760128401545f03610d6257604051636a35b3b160e11b815260040160405180910390fd5b6008830154600160c01b90046001600160401b03164211610db257600883015460405163d606d83f60e01b8152600160c01b9091046001600160401b031660048201526024015b60405180910390fd5b506001610f58565b6003826007811115610dce57610dce613871565b03610e6d57600d840154600160481b90046001600160401b0316421015610e1f57600d84015460405163d606d83f60e01b8152600160481b9091046001600160401b03166004820152602401610da9565b600d8401805460ff19166005179055600a8401546006850154610e4b916001600160a01b03169061287f565b600a840154600c850154610e68916001600160a01b031690612942565b610f58565b6002826007811115610e8157610e81613871565b03610ecd57600d84015461010090046001600160401b03164211610e6857600d84015460405163d606d83f60e01b81526101009091046001600160401b03166004820152602401610da9565b6001826007811115610ee157610ee1613871565b03610f3d5760088401546001600160401b03164211610f2457600884015460405163d606d83f60e01b81526001600160401b039091166004820152602401610da9565b600d8401805460ff19166007179055610e688484612963565b81604051630d64047360e21b8152600401610da991906140a4565b8015610fb257600d8401805460ff19166006908117909155600a850154908501546009860154610f95926001600160a01b039081169291166129a9565b6009840154600c850154610fb2916001600160a01b031690612942565b6001826007811115610fc657610fc6613871565b14610fd557610fd58484612b27565b600d84015460405186917f0e9cb48757bd52e4ffd9f48c23c229bbe87f7ff9c8197d305db283fd2e5ddbe89161100e9160ff16906140a4565b60405180910390a25050505050565b6040805160e080820183525f8083526020808401829052838501829052606084018290526080840182905260a0840182905260c08401829052868252600c81528482206001600160a01b038716835290528390208351918201909352825491929091829060ff16600581111561109557611095613871565b60058111156110a6576110a6613871565b815281546001600160401b03610100820481166020840152600160481b909104166040820152600182015460608201526002820154608082015260038201546001600160a01b031660a082015260049091015460c09091015290505b92915050565b611110612b9c565b5050565b5f61111d612b9c565b9392505050565b6112166040805161030081019091525f6101e08201818152610200830182905261022083018290526102408301829052610260830182905261028083018290526102a083018290526102c083018290526102e0830191909152819081526040805160c0810182525f8082526020828101829052928201819052606082018190526080820181905260a082015291019081525f6020820181905260408201819052606082018190526080820181905260a09091019081525f6020820181905260408201819052606082018190526080820181905260a0820181905260c0820181905260e082018190526101009091015290565b5f828152600a602081815260409283902083516103008101855281546101e08201908152600183015461020083015260028301546102208301526003830154610240830152600483015461026083015260058301546001600160401b03808216610280850152600160401b80830482166102a0860152600160801b80840463ffffffff166102c0870152600160a01b90930460ff9081166102e0870152938552885160c08082018b5260068801548252600780890154838b01526008890154808616848e015293840485166060808501919091529584048516608080850191909152600160c01b90940490941660a0808401919091529887019190915260098701546001600160a01b039081169a87019a909a5297860154891692850192909252600b85015490971690830152600c83015493820193909352600d82015490949193850192169081111561136c5761136c613871565b600781111561137d5761137d613871565b8152600d8201546001600160401b0361010080830482166020850152600160481b830482166040850152600160881b90920481166060840152600e840154166080830152600f83015460a0830152601083015460c0830152601183015460e083015260129092015491015292915050565b6008546001146114115760405163769dd35360e11b815260040160405180910390fd5b60026008819055335f908152602091909152604081208054909181900361144b57604051630686827b60e51b815260040160405180910390fd5b60018201546001600160401b031642101561148a57600182015460405163be8a527b60e01b81526001600160401b039091166004820152602401610da9565b5f808355600580548392906114a09084906140c6565b909155505060405181815233907f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d59060200160405180910390a26040515f90339083908381818185875af1925050503d805f8114611519576040519150601f19603f3d011682016040523d82523d5f602084013e61151e565b606091505b5050905080611540576040516312171d8360e31b815260040160405180910390fd5b5050600160085550565b611552612b9c565b5050505050565b5f61110282612bda565b5f818152600b60205260408120600881015490916001600160401b0390911690036115a1576040516316a519cf60e31b815260040160405180910390fd5b6007810154156115af575050565b60088101546115d2906115cd906004906001600160401b03166140d9565b612c08565b5060079091015550565b5f6115e8886002612c97565b600a8101549091506001600160a01b031633146116185760405163c139eabd60e01b815260040160405180910390fd5b600d81015461010090046001600160401b031642111561166057600d8101546040516326b39d0360e11b81526101009091046001600160401b03166004820152602401610da9565b5f61166a89611559565b90505f6116896116846001600160401b03841660016140d9565b612cf6565b905060ff8116861415806116a0575060ff81168414155b156116be57604051637ca55c7760e01b815260040160405180910390fd5b886116d1845f01600401545f8a8a612d1e565b146116ef57604051637ca55c7760e01b815260040160405180910390fd5b8861170589846001600160401b03168888612d1e565b1461172357604051637ca55c7760e01b815260040160405180910390fd5b6010830189905560118301889055600e8301805467ffffffffffffffff1916436001600160401b0316179055600d830180546003919060ff191660018302179055505f8a8152600b60205260409020546201000090046001600160401b031615611795576117908a611563565b6117dd565b60088301546117b490600160801b90046001600160401b0316426140ec565b83600d0160096101000a8154816001600160401b0302191690836001600160401b031602179055505b600d830154604080518b8152602081018b9052600160481b9092046001600160401b0316908201528a907f4880cf4e473569797eedc06beb957c5cfcf025eb27a34ae02137ac6c74cf38a09060600160405180910390a250505050505050505050565b5f5f61184d846003612c97565b600a8101549091506001600160a01b0316330361187d5760405163706cd38160e01b815260040160405180910390fd5b5f848152600b6020526040902080546201000090046001600160401b03161580159081906118b05750600982015460ff16155b156118ce57604051630bb55aad60e41b815260040160405180910390fd5b600d830154600160481b90046001600160401b0316421061191957600d8301546040516326b39d0360e11b8152600160481b9091046001600160401b03166004820152602401610da9565b611924868487612d6e565b611931604086018661410b565b9050611940608087018761410b565b90501461196057604051637ca55c7760e01b815260040160405180910390fd5b60108301546119a0606087013561197a6020890189614150565b61198e906001600160401b031660016140d9565b61199b60808a018a61410b565b612d1e565b146119be57604051637ca55c7760e01b815260040160405180910390fd5b6119cf338460060160010154612e39565b600b830180546001600160a01b03191633179055600d830154611a049042906001600160401b03600160481b9091041661416b565b600d8401805460046001600160401b0393909316600160881b0260ff191678ffffffffffffffff00000000000000000000000000000000ff19909116179190911790558015611a9357611a5a6020860186614150565b6009830180546001600160401b0392909216600160581b0267ffffffffffffffff60581b199092169190911790556060850135600a8301555b600a8301546001600160a01b037f000000000000000000000000000000000000000000000000000000000000000081169163c7b5c95d91611aed91879116611ade60208b018b614150565b8a602001358b60600135612ec2565b6040518263ffffffff1660e01b8152600401611b09919061418a565b6020604051808303815f875af1158015611b25573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611b49919061426e565b600f8401819055935033867fcb4b8225c38c94710fe444a319f5396178a9da159dccf38a4b831fa1b8a5348b611b826020890189614150565b604080516001600160401b039092168252602082018990520160405180910390a350505092915050565b5f61111d8383612ff1565b5f611bc3826001612c97565b60098101549091506001600160a01b03163314611bf3576040516331511a2160e21b815260040160405180910390fd5b600d8101805460ff191660071790555f828152600b60205260409020611c1a908290612963565b817f0e9cb48757bd52e4ffd9f48c23c229bbe87f7ff9c8197d305db283fd2e5ddbe86007604051611c4b91906140a4565b60405180910390a25050565b611c5f612b9c565b505050565b611c6c612b9c565b50565b5f611c7b826004612c97565b90505f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316633c59405983600f01546040518263ffffffff1660e01b8152600401611cd091815260200190565b602060405180830381865afa158015611ceb573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611d0f9190614285565b90505f816002811115611d2457611d24613871565b03611d42576040516347ca30d160e11b815260040160405180910390fd5b600b820180546001600160a01b031981169091556001600160a01b03166001826002811115611d7357611d73613871565b03611e3d576007830154600a840154611d969183916001600160a01b03166129a9565b600d8301805460ff191660031790819055611dc2906001600160401b03600160881b90910416426140ec565b600d840180546001600160401b0392909216600160481b0270ffffffffffffffff00000000000000000019909216919091179055600f830154604080519182526001602083015285917fd4390d9b1eae30d53d6e598d7eba50e60f3ea18310ca83e7919e3df177bb05ca91015b60405180910390a250505050565b611e4e81846006016001015461287f565b600a8301546006840154611e6c916001600160a01b031690836129a9565b600d8301805460ff191660061790556009830154600c840154611e98916001600160a01b031690612942565b5f848152600b6020526040902080546201000090046001600160401b031615611f39576009810180546201000062ff000019909116179055600b810180546001600160a01b0319166001600160a01b0384161790556008840154611f0c90600160801b90046001600160401b0316426140ec565b60128201805467ffffffffffffffff19166001600160401b0392909216919091179055611f398482612b27565b600f840154604080519182525f602083015286917fd4390d9b1eae30d53d6e598d7eba50e60f3ea18310ca83e7919e3df177bb05ca910160405180910390a2847f0e9cb48757bd52e4ffd9f48c23c229bbe87f7ff9c8197d305db283fd2e5ddbe8600660405161100e91906140a4565b5f611fb584848461310d565b611fc560e0850160c08601614150565b611fd560c0860160a08701614150565b611fdf91906142b7565b6001600160401b0316151580611ff457508235155b8061200157506020830135155b806120125750612010826133e6565b155b1561203057604051631a4878ed60e21b815260040160405180910390fd5b5f612042610100840160e085016142f5565b6120569063ffffffff1660c0850135614310565b90505f6120678260808601356140d9565b905080341161208957604051631a4878ed60e21b815260040160405180910390fd5b60095f815461209790614327565b91829055505f818152600a6020526040902090935086816120b88282614371565b50869050600682016120ca8282614465565b50506009810180546001600160a01b031916331790556120ea82346140c6565b600c820155600d8101805460ff1916600117905561210e6040860160208701614150565b6001600160401b03161561213e575f848152600b602052604090208581612135828261453b565b50506011018390555b61214734613511565b336001600160a01b0316847f33f4af5c11d435f2d84cdbecf888cfe4d02d49024a90a6bf441b9ec7cddd389383600c015460405161218791815260200190565b60405180910390a35050509392505050565b805f036121b957604051631f2a200560e01b815260040160405180910390fd5b6121c3338261352a565b335f9081526002602052604081208054909183918391906121e59084906140d9565b9091555061221590507f0000000000000000000000000000000000000000000000000000000000000000426140ec565b816001015f6101000a8154816001600160401b0302191690836001600160401b031602179055508160055f82825461224d91906140d9565b90915550506001810154604080518481526001600160401b03909216602083015233917fbf6730b5b5d9fd45cdb42f69910317da629fd6e12b3ab41aa1708cd916385dfc9101611c4b565b5f5f6122a787878787876135ae565b915091505b9550959350505050565b6122be612b9c565b50505050565b6110008111156122ea57604051636a2391f360e01b815260048101829052602401610da9565b336001600160a01b03167fec9a425858ffeca7fc39ad4c59c2e319844d66db9301bfcc3ecc875aa0222fde8383604051611c4b929190614618565b5f612331836001612c97565b60088101549091506001600160401b03164211156123735760088101546040516326b39d0360e11b81526001600160401b039091166004820152602401610da9565b61238333826006015f0154612e39565b600a810180546001600160a01b03191633179055600d81018054600260ff1990911617905560088101546123c790600160401b90046001600160401b0316426140ec565b600d8201805468ffffffffffffffff0019166101006001600160401b03938416021790555f848152600b6020526040902080549091620100009091041615612446576006810183905560088101805467ffffffffffffffff1916436001600160401b03161790556002810154156124465760028101546124469061364d565b600d8201546040516101009091046001600160401b03168152339085907f6be644a86012e6646e6c5966df8cf83b4260d034ec9ad6f1e946bb7c818c0687906020015b60405180910390a350505050565b5f828152600a60205260408120601281015482036124c857604051636a35b3b160e11b815260040160405180910390fd5b6124d184611559565b6001600160401b03168160120154846040516020016125039291909182526001600160a01b0316602082015260400190565b604051602081830303815290604052805190602001205f1c6125259190614646565b949350505050565b345f0361254d57604051631f2a200560e01b815260040160405180910390fd5b335f908152602081905260408120805434929061256b9084906140d9565b925050819055503460035f82825461258391906140d9565b909155505060405134815233907f2da466a7b24304f47e87fa2e1e5a81b9831ce54fec19055ce277ca2f39ba42c49060200160405180910390a2565b5f6007546006546005546004546003546125d991906140d9565b6125e391906140d9565b6125ed91906140d9565b6125f791906140d9565b905090565b6040805160606020808301829052601560808401527476657269747261696e2e666f726365642e6d61736b60581b60a0808501919091528385018790529183018590528351808403909201825260c090920190925281519101205f9060ff1660011761111d565b5f818152600a60205260408120600e81015490916001600160401b0390911690036126aa57600d810154604051630d64047360e21b8152610da99160ff16906004016140a4565b6012810154156126cd576040516350dcbf5560e11b815260040160405180910390fd5b600e8101545f906126ed906115cd906004906001600160401b03166140d9565b60128401829055604080519283526020830182905290925084917f114b760dd38ed0828bbdc5dbfe4d5b474ac0e3df57c59a143e0408131f1b5168910160405180910390a25f838152600b6020526040902080546201000090046001600160401b0316156122be578054612770906201000090046001600160401b0316426140ec565b60088201805467ffffffffffffffff60401b1916600160401b6001600160401b039384168102919091179182905583546127b993600160501b90910481169291909104166140ec565b60088201805467ffffffffffffffff60801b1916600160801b6001600160401b0393841681029190911791829055835461280293600160501b90910481169291909104166140ec565b6008820180546001600160c01b0316600160c01b6001600160401b039384168102919091179182905560408051600160401b840485168152600160801b840485166020820152919092049092169082015284907f1a129404a23be4221b5fee27668abbd6d51fcb4d26a3e801dfe4fb1472e2298490606001611e2f565b6001600160a01b0382165f90815260016020526040812080548392906128a69084906140c6565b925050819055508060045f8282546128be91906140c6565b90915550506001600160a01b0382165f90815260208190526040812080548392906128ea9084906140d9565b925050819055508060035f82825461290291906140d9565b90915550506040518181526001600160a01b038316907f0f0bc5b519ddefdd8e5f9e6423433aa2b869738de2ae34d58ebc796fc749fa0d90602001611c4b565b8060065f82825461295391906140c6565b90915550611110905082826136b1565b60118101546002820154600c8401545f929161297e916140d9565b61298891906140d9565b5f60118401556009840154909150611c5f906001600160a01b031682612942565b6001600160a01b0383165f90815260016020526040812080548492906129d09084906140c6565b925050819055508160045f8282546129e891906140c6565b909155505f9050612710612a2061ffff7f00000000000000000000000000000000000000000000000000000000000000001685614310565b612a2a9190614659565b9050805f5f846001600160a01b03166001600160a01b031681526020019081526020015f205f828254612a5d91906140d9565b90915550612a6d905081846140c6565b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000165f9081526020819052604081208054909190612ab49084906140d9565b925050819055508260035f828254612acc91906140d9565b90915550506001600160a01b038083169085167f83b5f75e441a9db2d1054d5ef2c5e3c4aac434fbb76c29fc9b11bac21d6400358584612b0c81836140c6565b60408051938452602084019290925290820152606001612489565b60048101545f03612b36575050565b600e81015460058201545f91612b559163ffffffff918216911661466c565b6004830154612b6a9163ffffffff1690614310565b905080826011015f828254612b7f91906140c6565b90915550506009830154611c5f906001600160a01b031682612942565b7f0000000000000000000000000000000000000000000000000000000000000000365f80375f5f365f845af43d5f5f3e80612bd5573d5ffd5b503d5ff35b5f818152600a60205260408120600581015461111d906001600160401b03600160401b820481169116614688565b5f5f824311612c4157612c1c8360016140d9565b6040516302c32a2d60e01b81526001600160401b039091166004820152602401610da9565b610100612c4e84436140c6565b1115612c905761010083612c636001436140c6565b612c6d91906140c6565b612c779190614659565b612c8390610100614310565b612c8d90846140d9565b92505b5050804091565b5f828152600a60205260409020816007811115612cb657612cb6613871565b600d82015460ff166007811115612ccf57612ccf613871565b1461110257600d810154604051630d64047360e21b8152610da99160ff16906004016140a4565b5f5b818160ff166001901b1015612d195780612d11816146b5565b915050612cf8565b919050565b5f61010082108015612d31575083821c15155b15612d595760405163177e5bcb60e01b81526004810185905260248101839052604401610da9565b612d6585858585613730565b95945050505050565b5f612d7884612bda565b90506001600160401b038116612d916020840184614150565b6001600160401b0316101580612dce5750612db96116846001600160401b03831660016140d9565b60ff16612dc9604084018461410b565b905014155b15612dec57604051637ca55c7760e01b815260040160405180910390fd5b6010830154612e1b60208401803590612e059086614150565b6001600160401b031661199b604087018761410b565b146122be57604051637ca55c7760e01b815260040160405180910390fd5b612e43828261352a565b6001600160a01b0382165f9081526001602052604081208054839290612e6a9084906140d9565b925050819055508060045f828254612e8291906140d9565b90915550506040518181526001600160a01b038316907f9f1ec8c880f76798e7b793325d625e9b60e4082a553c98f42b6cda368dd6000890602001611c4b565b60408051610180810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e0810182905261010081018290526101208101829052610140810182905261016081019190915260408051610180810182526001600160a01b0387168152336020820152600188015491810191909152600287015460608201526003870154608082015260a0810184905260c08101839052600587015460e0820190612f9190600160401b90046001600160401b0316876146d3565b6001600160401b0390811682526005890154600160401b81048216602084015263ffffffff600160801b820416604084015260ff600160a01b9091041660608301526008890154600160c01b900416608090910152905095945050505050565b5f828152600c602090815260408083206001600160a01b0385168452909152812081815460ff16600581111561302957613029613871565b0361304d578054604051635c4ff07d60e01b8152610da99160ff16906004016146f5565b6001815460ff16600581111561306557613065613871565b14613080575461010090046001600160401b03169050611102565b80545f906130a3906115cd90600160481b90046001600160401b031660016140d9565b5090506130af85612bda565b5f868152600a6020908152604091829020601201548251808301919091526001600160a01b0388168184015260608082018690528351808303909101815260809091019092528151910120612d65916001600160401b031690614646565b61311d60c0840160a08501614150565b6001600160401b0316158061314e575064010000000061314360c0850160a08601614150565b6001600160401b0316115b1561316e575f604051633fac402b60e01b8152600401610da99190614703565b61317e60e0840160c08501614150565b6001600160401b031615806131ad5750621000006131a260e0850160c08601614150565b6001600160401b0316115b156131ce576001604051633fac402b60e01b8152600401610da99190614703565b6110006131e160e0850160c08601614150565b6131f160c0860160a08701614150565b6131fb9190614688565b6001600160401b03161115613226576002604051633fac402b60e01b8152600401610da99190614703565b613237610100840160e085016142f5565b63ffffffff161580613261575062100000613259610100850160e086016142f5565b63ffffffff16115b15613282576003604051633fac402b60e01b8152600401610da99190614703565b6132946101208401610100850161471d565b60ff1615806132b7575060106132b26101208501610100860161471d565b60ff16115b156132d8576004604051633fac402b60e01b8152600401610da99190614703565b426132e96060840160408501614150565b6001600160401b031611158061332557506301e13380426133106060850160408601614150565b6001600160401b031661332391906140c6565b115b15613346576005604051633fac402b60e01b8152600401610da99190614703565b6133606133596080840160608501614150565b60066137d6565b61337a61337360a0840160808501614150565b60076137d6565b61339461338d60c0840160a08501614150565b60086137d6565b6133a46040820160208301614150565b6001600160401b031615611c5f576133cc6133c56040830160208401614150565b60096137d6565b611c5f6133df6060830160408401614150565b600a6137d6565b5f6133f76040830160208401614150565b6001600160401b03165f03613497576134136020830183614738565b61ffff1615801561343a575061342f6060830160408401614150565b6001600160401b0316155b801561344857506060820135155b801561345657506080820135155b8015613464575060a0820135155b8015613472575060c0820135155b8015611102575061348a610100830160e084016142f5565b63ffffffff161592915050565b6134a76060830160408401614150565b6001600160401b0316158015906134c15750606082013515155b80156134df57506127106134d86020840184614738565b61ffff1611155b8015611102575060c082013515806111025750613503610100830160e084016142f5565b63ffffffff16151592915050565b8060065f82825461352291906140d9565b909155505050565b6001600160a01b0382165f908152602081905260409020548181101561356d5760405163018ac91360e61b81526004810182905260248101839052604401610da9565b61357782826140c6565b6001600160a01b0384165f90815260208190526040812091909155600380548492906135a49084906140c6565b9091555050505050565b604080516020808201889052818301879052606080830187905283518084039091018152608090920190925280519101205f90819060026001600160401b038616108061360a575061ffff841661360761271083614646565b10155b1561361b575f5f92509250506122ac565b6001613627818761416b565b61363e906001600160401b0316608084901c614646565b92509250509550959350505050565b8060065f82825461365e91906140c6565b925050819055508060075f82825461367691906140d9565b90915550506040518181527f2076cd8bd7c147f4b7bb2b5e2dd0db46fb74246bc4c4e3ded824202bfff5ca579060200160405180910390a150565b6001600160a01b0382165f90815260208190526040812080548392906136d89084906140d9565b925050819055508060035f8282546136f091906140d9565b90915550506040518181526001600160a01b038316907f9c9e0cdb1670e88302408e5b941dc636f63a3293204694bb68910fcf3d9305f390602001611c4b565b5f6040515f815385600182015260205f60218360025afa6137585763832d99055f526004601cfd5b5f519150838360051b8101600183535b808210156137cb5760018716801561378c578235600185015284602185015261379a565b846001850152823560218501525b5060205f60418560025afa6137b65763832d99055f526004601cfd5b5f5193508660011c9650602082019150613768565b505050949350505050565b603c6001600160401b03831610806137fa57506301e133806001600160401b038316115b156111105780604051633fac402b60e01b8152600401610da99190614703565b5f6020828403121561382a575f5ffd5b5035919050565b80356001600160a01b0381168114612d19575f5ffd5b5f5f60408385031215613858575f5ffd5b8235915061386860208401613831565b90509250929050565b634e487b7160e01b5f52602160045260245ffd5b6006811061389557613895613871565b9052565b5f60e0820190506138ab828451613885565b6001600160401b0360208401511660208301526001600160401b036040840151166040830152606083015160608301526080830151608083015260018060a01b0360a08401511660a083015260c083015160c083015292915050565b61ffff81511682526001600160401b0360208201511660208301526001600160401b036040820151166040830152606081015160608301526080810151608083015260a081015160a083015260c081015160c083015260e0810151611c5f60e084018263ffffffff169052565b5f6103a082019050613987828451613907565b6020830151610100830152604083015161012083015260608301516001600160401b0381166101408401525060808301516001600160401b0381166101608401525060a08301516001600160401b0381166101808401525060c08301516001600160401b0381166101a08401525060e08301518015156101c0840152506101008301518015156101e084015250610120830151801515610200840152506101408301516001600160401b038116610220840152506101608301516001600160401b038116610240840152506101808301516102608301526101a08301516001600160a01b038116610280840152506101c08301516102a08301526101e08301516102c083015261020083015163ffffffff81166102e08401525061022083015163ffffffff8116610300840152506102408301516103208301526102608301516103408301526102808301516103608301526102a08301516001600160401b0381166103808401525b5092915050565b5f5f60408385031215613b08575f5ffd5b50508035926020909101359150565b5f60a08284031215613b27575f5ffd5b50919050565b5f5f5f60608486031215613b3f575f5ffd5b83359250613b4f60208501613831565b915060408401356001600160401b03811115613b69575f5ffd5b613b7586828701613b17565b9150509250925092565b80518252602081015160208301526040810151604083015260608101516060830152608081015160808301526001600160401b0360a08201511660a08301526001600160401b0360c08201511660c083015260e0810151613be860e084018263ffffffff169052565b50610100810151611c5f61010084018260ff169052565b6008811061389557613895613871565b5f61038082019050613c22828451613b7f565b6020838101518051610120850152908101516101408401526040808201516001600160401b03908116610160860152606080840151821661018087015260808085015183166101a088015260a0948501519092166101c0870152918601516001600160a01b039081166101e08701529186015182166102008601528501511661022084015283015161024083015260c0830151613cc3610260840182613bff565b5060e08301516001600160401b0390811661028084015261010084015181166102a084015261012084015181166102c0840152610140840151166102e08301526101608301516103008301526101808301516103208301526101a08301516103408301526101c0909201516103609091015290565b5f5f83601f840112613d48575f5ffd5b5081356001600160401b03811115613d5e575f5ffd5b6020830191508360208260051b8501011115613d78575f5ffd5b9250929050565b5f60c08284031215613b27575f5ffd5b5f5f5f5f5f60808688031215613da3575f5ffd5b853594506020860135935060408601356001600160401b03811115613dc6575f5ffd5b613dd288828901613d38565b90945092505060608601356001600160401b03811115613df0575f5ffd5b613dfc88828901613d7f565b9150509295509295909350565b5f5f5f5f5f5f5f60a0888a031215613e1f575f5ffd5b87359650602088013595506040880135945060608801356001600160401b03811115613e49575f5ffd5b613e558a828b01613d38565b90955093505060808801356001600160401b03811115613e73575f5ffd5b613e7f8a828b01613d38565b989b979a50959850939692959293505050565b5f5f60408385031215613ea3575f5ffd5b8235915060208301356001600160401b03811115613ebf575f5ffd5b613ecb85828601613b17565b9150509250929050565b5f5f5f60608486031215613ee7575f5ffd5b505081359360208301359350604090920135919050565b5f5f5f8385036102e0811215613f12575f5ffd5b610120811215613f20575f5ffd5b849350613f31866101208701613d7f565b92506101006101df1982011215613f46575f5ffd5b506101e0840190509250925092565b6001600160401b0381168114611c6c575f5ffd5b61ffff81168114611c6c575f5ffd5b5f5f5f5f5f60a08688031215613f8c575f5ffd5b8535945060208601359350604086013592506060860135613fac81613f55565b91506080860135613fbc81613f69565b809150509295509295909350565b5f5f5f5f60608587031215613fdd575f5ffd5b84359350613fed60208601613831565b925060408501356001600160401b03811115614007575f5ffd5b61401387828801613d38565b95989497509550505050565b5f5f60208385031215614030575f5ffd5b82356001600160401b03811115614045575f5ffd5b8301601f81018513614055575f5ffd5b80356001600160401b0381111561406a575f5ffd5b85602082840101111561407b575f5ffd5b6020919091019590945092505050565b5f6020828403121561409b575f5ffd5b61111d82613831565b602081016111028284613bff565b634e487b7160e01b5f52601160045260245ffd5b81810381811115611102576111026140b2565b80820180821115611102576111026140b2565b6001600160401b038181168382160190811115611102576111026140b2565b5f5f8335601e19843603018112614120575f5ffd5b8301803591506001600160401b03821115614139575f5ffd5b6020019150600581901b3603821315613d78575f5ffd5b5f60208284031215614160575f5ffd5b813561111d81613f55565b6001600160401b038281168282160390811115611102576111026140b2565b81516001600160a01b03168152610180810160208301516141b660208401826001600160a01b03169052565b5060408301516040830152606083015160608301526080830151608083015260a083015160a083015260c083015160c083015260e083015161420360e08401826001600160401b03169052565b506101008301516142206101008401826001600160401b03169052565b5061012083015161423a61012084018263ffffffff169052565b5061014083015161425161014084018260ff169052565b50610160830151613af06101608401826001600160401b03169052565b5f6020828403121561427e575f5ffd5b5051919050565b5f60208284031215614295575f5ffd5b81516003811061111d575f5ffd5b634e487b7160e01b5f52601260045260245ffd5b5f6001600160401b038316806142cf576142cf6142a3565b806001600160401b0384160691505092915050565b63ffffffff81168114611c6c575f5ffd5b5f60208284031215614305575f5ffd5b813561111d816142e4565b8082028115828204841417611102576111026140b2565b5f60018201614338576143386140b2565b5060010190565b5f813561110281613f55565b5f8135611102816142e4565b60ff81168114611c6c575f5ffd5b5f813561110281614357565b8135815560208201356001820155604082013560028201556060820135600382015560808201356004820155600581015f60a08401356143b081613f55565b825467ffffffffffffffff19166001600160401b0382161783559050506144046143dc60c0850161433f565b825467ffffffffffffffff60401b191660409190911b67ffffffffffffffff60401b16178255565b61443761441360e0850161434b565b82805463ffffffff60801b191660809290921b63ffffffff60801b16919091179055565b611c5f6144476101008501614365565b82805460ff60a01b191660a09290921b60ff60a01b16919091179055565b813581556020820135600182015560028101604083013561448581613f55565b815467ffffffffffffffff19166001600160401b0382161782555060608301356144ae81613f55565b815467ffffffffffffffff60401b1916604082901b67ffffffffffffffff60401b161782555060808301356144e281613f55565b815467ffffffffffffffff60801b191660809190911b67ffffffffffffffff60801b161781555f60a084013561451781613f55565b82546001600160c01b031660c09190911b6001600160c01b03191617909155505050565b813561454681613f69565b61ffff811661ffff198354161782555061458b6145656020840161433f565b825469ffffffffffffffff0000191660109190911b69ffffffffffffffff000016178255565b6145c661459a6040840161433f565b82805467ffffffffffffffff60501b191660509290921b67ffffffffffffffff60501b16919091179055565b606082013560018201556080820135600282015560a0820135600382015560c082013560048201556111106145fd60e0840161434b565b6005830163ffffffff821663ffffffff198254161781555050565b60208152816020820152818360408301375f818301604090810191909152601f909201601f19160101919050565b5f82614654576146546142a3565b500690565b5f82614667576146676142a3565b500490565b63ffffffff8281168282160390811115611102576111026140b2565b5f6001600160401b038316806146a0576146a06142a3565b806001600160401b0384160491505092915050565b5f60ff821660ff81036146ca576146ca6140b2565b60010192915050565b6001600160401b038181168382160290811690818114613af057613af06140b2565b602081016111028284613885565b60208101600b831061471757614717613871565b91905290565b5f6020828403121561472d575f5ffd5b813561111d81614357565b5f60208284031215614748575f5ffd5b813561111d81613f6956fea2646970667358221220e6c730c2bdce44ff2795ae83333c61cf2803d117e7db632d7d6c2e183050200064736f6c634300082500336101006040526001600855348015610015575f5ffd5b506040516134fd3803806134fd833981016040819052610034916100c4565b838383838282826001600160a01b038216158061005657506127108161ffff16115b15610074576040516301f30c8760e21b815260040160405180910390fd5b6001600160401b039092166080526001600160a01b0390811660a05261ffff90911660c0529390931660e0525061013195505050505050565b6001600160a01b03811681146100c1575f5ffd5b50565b5f5f5f5f608085870312156100d7575f5ffd5b84516100e2816100ad565b60208601519094506001600160401b03811681146100fe575f5ffd5b604086015190935061010f816100ad565b606086015190925061ffff81168114610126575f5ffd5b939692955090935050565b60805160a05160c05160e05161336f61018e5f395f81816104010152818161094a01528181610fb3015261114101525f81816103a6015261251e01525f81816102ca015261259b01525f81816104ea015261174a015261336f5ff3fe60806040526004361061017b575f3560e01c806387679f8e116100cd578063c3fe3e2811610087578063ced4cd2e11610062578063ced4cd2e14610479578063d0e30db0146104d1578063db7dd35a146104d9578063f43cc7731461050c575f5ffd5b8063c3fe3e28146103f0578063c9b5bb1714610423578063cbf9fe5f1461044e575f5ffd5b806387679f8e146103235780639ee679e814610342578063a3d8984414610361578063a5394c0a14610376578063ac9380d614610395578063b6cb58a5146103db575f5ffd5b80634029c4381161013857806352d63ff41161011357806352d63ff41461028f57806356891412146102a457806361d027b3146102b9578063833b15ca14610304575f5ffd5b80634029c4381461023c578063461c8cb71461025b5780634a1d0eed1461027a575f5ffd5b806317e859261461017f5780631af7453d146101a05780632ef3dbf5146101d2578063333e44e6146101fe578063350fd0be146102135780633ccfd60b14610228575b5f5ffd5b34801561018a575f5ffd5b5061019e610199366004612d93565b610520565b005b3480156101ab575f5ffd5b506101bf6101ba366004612dc9565b6106cb565b6040519081526020015b60405180910390f35b3480156101dd575f5ffd5b506101e6600481565b6040516001600160401b0390911681526020016101c9565b348015610209575f5ffd5b506101bf60035481565b34801561021e575f5ffd5b506101bf60055481565b348015610233575f5ffd5b5061019e610a41565b348015610247575f5ffd5b5061019e610256366004612e68565b610b9d565b348015610266575f5ffd5b5061019e610275366004612ee8565b610f3b565b348015610285575f5ffd5b506101bf60075481565b34801561029a575f5ffd5b506101bf6103e881565b3480156102af575f5ffd5b506101bf60045481565b3480156102c4575f5ffd5b506102ec7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016101c9565b34801561030f575f5ffd5b5061019e61031e366004612f12565b61127f565b34801561032e575f5ffd5b5061019e61033d366004612f3b565b6114a8565b34801561034d575f5ffd5b5061019e61035c366004612f3b565b6116f3565b34801561036c575f5ffd5b506101bf60065481565b348015610381575f5ffd5b5061019e610390366004612f52565b6117fa565b3480156103a0575f5ffd5b506103c87f000000000000000000000000000000000000000000000000000000000000000081565b60405161ffff90911681526020016101c9565b3480156103e6575f5ffd5b506101bf60095481565b3480156103fb575f5ffd5b506102ec7f000000000000000000000000000000000000000000000000000000000000000081565b34801561042e575f5ffd5b506101bf61043d366004612fa7565b5f6020819052908152604090205481565b348015610459575f5ffd5b506101bf610468366004612fa7565b60016020525f908152604090205481565b348015610484575f5ffd5b506104b4610493366004612fa7565b60026020525f9081526040902080546001909101546001600160401b031682565b604080519283526001600160401b039091166020830152016101c9565b61019e611ca7565b3480156104e4575f5ffd5b506101e67f000000000000000000000000000000000000000000000000000000000000000081565b348015610517575f5ffd5b506101bf611d39565b5f828152600b60209081526040808320600c83528184203385529092529091206001815460ff16600581111561055857610558612fc0565b14610585578054604051635c4ff07d60e01b815261057c9160ff1690600401612fe7565b60405180910390fd5b6008820154600160401b90046001600160401b03164211156105d15760088201546040516326b39d0360e11b8152600160401b9091046001600160401b0316600482015260240161057c565b80546105ee90600160481b90046001600160401b0316600161300e565b6105fa9061010061300e565b43111561064f57805461061e90600160481b90046001600160401b03166001613021565b61062a90610100613021565b60405163734e2b7960e01b81526001600160401b03909116600482015260240161057c565b5f61065a8533611d76565b82546001600160401b038216610100810268ffffffffffffffffff1990921691909117600217845560018401869055604051908152909150339086907f53c31612a70c75ddf2fc6aeeda808da5cd6b69c2f80e2e19913f1bca26326725906020015b60405180910390a35050505050565b5f838152600a602052604081206003600d82015460ff1660078111156106f3576106f3612fc0565b1415801561071a57506004600d82015460ff16600781111561071757610717612fc0565b14155b801561076257506006600d82015460ff16600781111561073c5761073c612fc0565b14158061076257505f858152600b60205260409020601201546001600160401b03164210155b1561078957600d810154604051630d64047360e21b815261057c9160ff1690600401613040565b5f858152600b602052604090206009015460ff166107ba57604051630bb55aad60e41b815260040160405180910390fd5b5f858152600c602090815260408083206001600160a01b038816845290915290206003815460ff1660058111156107f3576107f3612fc0565b14610817578054604051635c4ff07d60e01b815261057c9160ff1690600401612fe7565b6001600160a01b03851633036108405760405163706cd38160e01b815260040160405180910390fd5b5f868152600b602052604090206108579082611ea2565b156108755760405163e5fa050160e01b815260040160405180910390fd5b5f868152600b6020526040902061088c9082611ef1565b156108aa57604051631b57bab360e01b815260040160405180910390fd5b805461010090046001600160401b03166108c76020860186613054565b6001600160401b03161415806108e557508060020154846060013514155b1561090357604051637ca55c7760e01b815260040160405180910390fd5b61090e868386611f41565b61091f338360060160010154612011565b805460ff19166004178155600381018054336001600160a01b03199091161790556001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001663c7b5c95d610990848861098160208a018a613054565b89602001358a6060013561209a565b6040518263ffffffff1660e01b81526004016109ac919061307a565b6020604051808303815f875af11580156109c8573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906109ec919061315e565b6004820181905560405181815290935033906001600160a01b0387169088907f39f1d859eee8d44d49e1f62ab3cdb1c8393b1649164a079f2ba1e8d05c86284c9060200160405180910390a450509392505050565b600854600114610a645760405163769dd35360e11b815260040160405180910390fd5b60026008819055335f9081526020919091526040812080549091819003610a9e57604051630686827b60e51b815260040160405180910390fd5b60018201546001600160401b0316421015610add57600182015460405163be8a527b60e01b81526001600160401b03909116600482015260240161057c565b5f80835560058054839290610af3908490613175565b909155505060405181815233907f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d59060200160405180910390a26040515f90339083908381818185875af1925050503d805f8114610b6c576040519150601f19603f3d011682016040523d82523d5f602084013e610b71565b606091505b5050905080610b93576040516312171d8360e31b815260040160405180910390fd5b5050600160085550565b5f610ba98660036121c9565b5f878152600b60205260409020600a820154919250906001600160a01b03163314610be75760405163c139eabd60e01b815260040160405180910390fd5b80546201000090046001600160401b03165f03610c17576040516316a519cf60e31b815260040160405180910390fd5b600981015460ff1615610c3d576040516375dde69b60e01b815260040160405180910390fd5b60128201545f03610c6157604051636a35b3b160e11b815260040160405180910390fd5b6008810154600160801b90046001600160401b03164211610cac57600881015460405163d606d83f60e01b8152600160801b9091046001600160401b0316600482015260240161057c565b6008810154600160c01b90046001600160401b0316421115610cf85760088101546040516326b39d0360e11b8152600160c01b9091046001600160401b0316600482015260240161057c565b60068101546040805160208101899052016040516020818303038152906040528051906020012014610d3d5760405163e1dcd59760e01b815260040160405180910390fd5b60098101805460ff1916600117905560078101545f908190610d709089908b610d6581612228565b875461ffff16612256565b915091508115610e7657610d888989838a8a8a6122f6565b5f898152600d602081815260408084209287015481516001600160401b0387168185015280830191909152815180820383018152606090910182528051908301208452919052812054600e8501805467ffffffff00000000191663ffffffff909216640100000000810292909217905560038501546002860154919291610e0f9190612453565b905063ffffffff821615801590610e2557508015155b15610e73575f610e3b63ffffffff84168361319c565b600f87018190559050610e5463ffffffff8416826131af565b6010870155610e71610e6c63ffffffff8516836131af565b61249c565b505b50505b6008840154610e9590600160801b90046001600160401b031642613021565b600d8501805470ffffffffffffffff0000000000000000001916600160481b6001600160401b03938416021790556010850154600e850154600f8601546040805187151581529486166020860152840192909252640100000000900463ffffffff166060830152608082015289907f2a2a2902bce4eaf054060d8d29c95c64d13b94f82b85bb9376f418c3134a46339060a00160405180910390a2505050505050505050565b5f828152600c602090815260408083206001600160a01b038516845290915290206004815460ff166005811115610f7457610f74612fc0565b14610f98578054604051635c4ff07d60e01b815261057c9160ff1690600401612fe7565b600481810154604051633c59405960e01b8152918201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690633c59405990602401602060405180830381865afa158015611000573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061102491906131c6565b90505f81600281111561103957611039612fc0565b03611057576040516347ca30d160e11b815260040160405180910390fd5b5f848152600a60209081526040808320600b9092529091206003840180546001600160a01b031981169091556001600160a01b031660018460028111156110a0576110a0612fc0565b03611117576110b7818460060160010154886124cd565b845460ff19166003178555600485015460408051918252600160208301526001600160a01b0388169189917f2cf916c51f5ad0fb8350a4ca8c14c6a9167396b0e8fdf9fc3ac04450f999b10591015b60405180910390a350505050505050565b61112881846006016001015461264b565b600485810154604051636892247560e11b8152918201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063d12448ea90602401602060405180830381865afa15801561118e573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906111b291906131e4565b156111cc576111c786835f016001015461270e565b6111dd565b6111dd86835f0160010154836124cd565b845460ff191660051785556111f282866127ee565b600983015461120b9083906001600160a01b0316612879565b6004850154604080519182525f60208301526001600160a01b0388169189917f2cf916c51f5ad0fb8350a4ca8c14c6a9167396b0e8fdf9fc3ac04450f999b105910160405180910390a3856001600160a01b0316875f51602061331a5f395f51905f5260045f604051611106929190613203565b5f838152600b60209081526040808320600c83528184203385529092529091206002815460ff1660058111156112b7576112b7612fc0565b146112db578054604051635c4ff07d60e01b815261057c9160ff1690600401612fe7565b6008820154600160401b90046001600160401b0316421161132657600882015460405163d606d83f60e01b8152600160401b9091046001600160401b0316600482015260240161057c565b6008820154600160801b90046001600160401b03164211156113725760088201546040516326b39d0360e11b8152600160801b9091046001600160401b0316600482015260240161057c565b600181015460408051602081018890523391810191909152606081018690526080810185905260a00160405160208183030381529060405280519060200120146113cf57604051638ff14e0d60e01b815260040160405180910390fd5b600281018490558054600360ff19909116178082555f868152600d6020908152604080832081516101009095046001600160401b031685840152848201899052815180860383018152606090950182528451948301949094208352929052908120805463ffffffff16916114428361321a565b825461010092830a63ffffffff81810219909216929091160217909155825460408051929091046001600160401b031682526020820187905233925087917fbf6c60af379ac044ddd6f443bbbd180330c08caf9a7e0634d1aceaa5ca6e79a191016106bc565b5f6114b48260036121c9565b5f838152600b602052604081208054929350916201000090046001600160401b031690036114f5576040516316a519cf60e31b815260040160405180910390fd5b60128201545f0361151957604051636a35b3b160e11b815260040160405180910390fd5b6008810154600160401b90046001600160401b03164211156115655760088101546040516326b39d0360e11b8152600160401b9091046001600160401b0316600482015260240161057c565b600a8201546001600160a01b03163303611592576040516320a553e160e11b815260040160405180910390fd5b5f838152600c60209081526040808320338452909152812090815460ff1660058111156115c1576115c1612fc0565b146115df576040516335d9080560e01b815260040160405180910390fd5b600582015463ffffffff161580159061160a57506005820154600e83015463ffffffff918216911610155b1561163657600582015460405163fa17747b60e01b815263ffffffff909116600482015260240161057c565b61164633835f0160010154612011565b600e8201805463ffffffff16905f61165d8361321a565b825463ffffffff9182166101009390930a928302919092021990911617905550805470ffffffffffffffff0000000000000000ff1916600160481b436001600160401b039081168202929092176001178084556040519190049091168152339085907ff17dd6991aa4e09156a43fff8b35813a2f571224525ff2107403261da72ac199906020015b60405180910390a350505050565b805f0361171357604051631f2a200560e01b815260040160405180910390fd5b61171d33826128b3565b335f90815260026020526040812080549091839183919061173f90849061300e565b9091555061176f90507f000000000000000000000000000000000000000000000000000000000000000042613021565b816001015f6101000a8154816001600160401b0302191690836001600160401b031602179055508160055f8282546117a7919061300e565b90915550506001810154604080518481526001600160401b03909216602083015233917fbf6730b5b5d9fd45cdb42f69910317da629fd6e12b3ab41aa1708cd916385dfc91015b60405180910390a25050565b5f848152600a60209081526040808320600b8352818420600c84528285206001600160a01b038916865290935292208054600183015460ff90911690600282600581111561184a5761184a612fc0565b14806118675750600182600581111561186557611865612fc0565b145b15611921576008840154600160801b90046001600160401b031642116118b757600884015460405163d606d83f60e01b8152600160801b9091046001600160401b0316600482015260240161057c565b825460ff191660051783556118cc888261270e565b60098501546118e59085906001600160a01b0316612879565b876001600160a01b0316895f51602061331a5f395f51905f5260015f60405161190f929190613203565b60405180910390a35050505050611ca1565b600382600581111561193557611935612fc0565b146119555781604051635c4ff07d60e01b815260040161057c9190612fe7565b6005600d86015460ff16600781111561197057611970612fc0565b1415801561199757506006600d86015460ff16600781111561199457611994612fc0565b14155b156119be57600d850154604051630d64047360e21b815261057c9160ff1690600401613040565b60128401546001600160401b03164210156119fd57601284015460405163d606d83f60e01b81526001600160401b03909116600482015260240161057c565b825460ff19166005178084556002840154906001600160401b0361010090910416611a288686611ea2565b15611a8e57611a378a8461264b565b6009870154611a509087906001600160a01b0316612879565b896001600160a01b03168b5f51602061331a5f395f51905f5260055f604051611a7a929190613203565b60405180910390a350505050505050611ca1565b5f611a998787611ef1565b15611aa2575060025b5f816005811115611ab557611ab5612fc0565b14611b2557611ac48b8561270e565b611ace87876127ee565b6009880154611ae79088906001600160a01b0316612879565b8a6001600160a01b03168c5f51602061331a5f395f51905f52835f604051611b10929190613203565b60405180910390a35050505050505050611ca1565b611b2f8b8561264b565b60098701545f90610100900460ff168015611b60575060098801546001600160401b03848116630100000090920416145b8015611b6f575087600d015484145b8015611b7e5750600f88015415155b15611bad5787600f0154905080886010015f828254611b9d9190613175565b90915550611bad90508c82612937565b5f6005600d8b015460ff166007811115611bc957611bc9612fc0565b148015611bfc5750611bf6611bdd8f612228565b611bf1906001600160401b0316600161300e565b612958565b60ff168b145b8015611c29575060108a0154611c2786611c206001600160401b038816600161300e565b8f8f612980565b145b90508015611c43576004890154611c40908361300e565b91505b611c658982611c5f5760098c01546001600160a01b0316612879565b8e612879565b8c6001600160a01b03168e5f51602061331a5f395f51905f528585604051611c8e929190613203565b60405180910390a3505050505050505050505b50505050565b345f03611cc757604051631f2a200560e01b815260040160405180910390fd5b335f9081526020819052604081208054349290611ce590849061300e565b925050819055503460035f828254611cfd919061300e565b909155505060405134815233907f2da466a7b24304f47e87fa2e1e5a81b9831ce54fec19055ce277ca2f39ba42c49060200160405180910390a2565b5f600754600654600554600454600354611d53919061300e565b611d5d919061300e565b611d67919061300e565b611d71919061300e565b905090565b5f828152600c602090815260408083206001600160a01b0385168452909152812081815460ff166005811115611dae57611dae612fc0565b03611dd2578054604051635c4ff07d60e01b815261057c9160ff1690600401612fe7565b6001815460ff166005811115611dea57611dea612fc0565b14611e05575461010090046001600160401b03169050611e9c565b80545f90611e2d90611e2890600160481b90046001600160401b0316600161300e565b6129d0565b509050611e3985612228565b5f868152600a6020908152604091829020601201548251808301919091526001600160a01b0388168184015260608082018690528351808303909101815260809091019092528151910120611e97916001600160401b03169061323e565b925050505b92915050565b60098201545f90610100900460ff168015611eea57506009830154611ed890630100000090046001600160401b0316600161300e565b825461010090046001600160401b0316145b9392505050565b60098201545f90610100900460ff168015611f2957506009830154825461010090046001600160401b03908116630100000090920416145b8015611eea575050600c909101546002909101541490565b5f611f4b84612228565b90506001600160401b038116611f646020840184613054565b6001600160401b0316101580611fa15750611f8c611bf16001600160401b038316600161300e565b60ff16611f9c6040840184613251565b905014155b15611fbf57604051637ca55c7760e01b815260040160405180910390fd5b6010830154611ff360208401803590611fd89086613054565b6001600160401b0316611fee6040870187613251565b612980565b14611ca157604051637ca55c7760e01b815260040160405180910390fd5b61201b82826128b3565b6001600160a01b0382165f908152600160205260408120805483929061204290849061300e565b925050819055508060045f82825461205a919061300e565b90915550506040518181526001600160a01b038316907f9f1ec8c880f76798e7b793325d625e9b60e4082a553c98f42b6cda368dd60008906020016117ee565b60408051610180810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e0810182905261010081018290526101208101829052610140810182905261016081019190915260408051610180810182526001600160a01b0387168152336020820152600188015491810191909152600287015460608201526003870154608082015260a0810184905260c08101839052600587015460e082019061216990600160401b90046001600160401b031687613296565b6001600160401b0390811682526005890154600160401b81048216602084015263ffffffff600160801b820416604084015260ff600160a01b9091041660608301526008890154600160c01b900416608090910152905095945050505050565b5f828152600a602052604090208160078111156121e8576121e8612fc0565b600d82015460ff16600781111561220157612201612fc0565b14611e9c57600d810154604051630d64047360e21b815261057c9160ff1690600401613040565b5f818152600a602052604081206005810154611eea906001600160401b03600160401b8204811691166132b8565b604080516020808201889052818301879052606080830187905283518084039091018152608090920190925280519101205f90819060026001600160401b03861610806122b2575061ffff84166122af6127108361323e565b10155b156122c3575f5f92509250506122ec565b60016122cf81876132e5565b6122e6906001600160401b0316608084901c61323e565b92509250505b9550959350505050565b5f868152600a60209081526040808320600b9092528220909180806123838661237e8c8e6040805160606020808301829052601560808401527476657269747261696e2e666f726365642e6d61736b60581b60a08085019190915283850196909652908201939093528151808203909401845260c00190528151910120600160ff9091161790565b612a5f565b919450925090505f61239f6001600160401b038b16600161300e565b90508315806123bc57506123b5611bdd8d612228565b60ff168814155b806123d6575085601001546123d383838c8c612980565b14155b156123f457604051637ca55c7760e01b815260040160405180910390fd5b61240083828b8b612980565b6010909601959095556009840180546001600160401b03909a166301000000026affffffffffffffff00ff0019909a169990991761010017909855600c83019790975550600d0194909455505050505050565b6007545f906127106124676103e8836131af565b612471919061319c565b61247b908461300e565b915081841015612489578391505b81811015612495578091505b5092915050565b8060075f8282546124ad9190613175565b925050819055508060065f8282546124c5919061300e565b909155505050565b6001600160a01b0383165f90815260016020526040812080548492906124f4908490613175565b925050819055508160045f82825461250c9190613175565b909155505f905061271061254461ffff7f000000000000000000000000000000000000000000000000000000000000000016856131af565b61254e919061319c565b9050805f5f846001600160a01b03166001600160a01b031681526020019081526020015f205f828254612581919061300e565b9091555061259190508184613175565b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000165f90815260208190526040812080549091906125d890849061300e565b925050819055508260035f8282546125f0919061300e565b90915550506001600160a01b038083169085167f83b5f75e441a9db2d1054d5ef2c5e3c4aac434fbb76c29fc9b11bac21d64003585846126308183613175565b604080519384526020840192909252908201526060016116e5565b6001600160a01b0382165f9081526001602052604081208054839290612672908490613175565b925050819055508060045f82825461268a9190613175565b90915550506001600160a01b0382165f90815260208190526040812080548392906126b690849061300e565b925050819055508060035f8282546126ce919061300e565b90915550506040518181526001600160a01b038316907f0f0bc5b519ddefdd8e5f9e6423433aa2b869738de2ae34d58ebc796fc749fa0d906020016117ee565b6001600160a01b0382165f9081526001602052604081208054839290612735908490613175565b925050819055508060045f82825461274d9190613175565b925050819055508060075f828254612765919061300e565b9091555050604080518281525f602082018190529181018290526001600160a01b038416907f83b5f75e441a9db2d1054d5ef2c5e3c4aac434fbb76c29fc9b11bac21d6400359060600160405180910390a36040518181527f2076cd8bd7c147f4b7bb2b5e2dd0db46fb74246bc4c4e3ded824202bfff5ca579060200160405180910390a15050565b6009820154610100900460ff16801561282457506009820154815461010090046001600160401b03908116630100000090920416145b8015612837575081600d01548160020154145b80156128465750600f82015415155b156128755781600f0154826010015f8282546128629190613175565b9091555050600f82015461287590612aa3565b5050565b60048201545f81900361288b57505050565b80836011015f82825461289e9190613175565b909155506128ae90508282612937565b505050565b6001600160a01b0382165f90815260208190526040902054818110156128f65760405163018ac91360e61b8152600481018290526024810183905260440161057c565b6129008282613175565b6001600160a01b0384165f908152602081905260408120919091556003805484929061292d908490613175565b9091555050505050565b8060065f8282546129489190613175565b9091555061287590508282612b07565b5f5b818160ff166001901b101561297b578061297381613304565b91505061295a565b919050565b5f61010082108015612993575083821c15155b156129bb5760405163177e5bcb60e01b8152600481018590526024810183905260440161057c565b6129c785858585612b86565b95945050505050565b5f5f824311612a09576129e483600161300e565b6040516302c32a2d60e01b81526001600160401b03909116600482015260240161057c565b610100612a168443613175565b1115612a585761010083612a2b600143613175565b612a359190613175565b612a3f919061319c565b612a4b906101006131af565b612a55908461300e565b92505b5050804091565b5f8080612a968535602087013560408801356060890135612a8360808b018b613251565b612a9060a08d018d613251565b8c612c2c565b9250925092509250925092565b8060065f828254612ab49190613175565b925050819055508060075f828254612acc919061300e565b90915550506040518181527f2076cd8bd7c147f4b7bb2b5e2dd0db46fb74246bc4c4e3ded824202bfff5ca579060200160405180910390a150565b6001600160a01b0382165f9081526020819052604081208054839290612b2e90849061300e565b925050819055508060035f828254612b46919061300e565b90915550506040518181526001600160a01b038316907f9c9e0cdb1670e88302408e5b941dc636f63a3293204694bb68910fcf3d9305f3906020016117ee565b5f6040515f815385600182015260205f60218360025afa612bae5763832d99055f526004601cfd5b5f519150838360051b8101600183535b80821015612c2157600187168015612be25782356001850152846021850152612bf0565b846001850152823560218501525b5060205f60418560025afa612c0c5763832d99055f526004601cfd5b5f5193508660011c9650602082019150612bbe565b505050949350505050565b5f5f5f612c3f8c8c8c8c8c8c8c8c612cae565b9093509150612c998c8c8c612c908d828a600881811b62ff00001682821c61ff0016601884811c60ff16919091179190911792901b63ff0000001691909117600792909216600402601c03021b1890565b8c8c8c8c612cae565b90508091505099509950999650505050505050565b5f80600388901c61010086108015612cc7575080861c15155b15612cd857505f9150819050612d4d565b5f198b03612cec57505f9150819050612d4d565b5f612cf88c600161300e565b905061010085108015612d0c575080851c15155b15612d1f57505f9250829150612d4d9050565b5f612d358c612d308c868d8d612b86565b612d5a565b90506001612d4582848a8a612b86565b945094505050505b9850989650505050505050565b5f6040516002815383600182015282602182015260205f60418360025afa612d895763832d99055f526004601cfd5b50505f5192915050565b5f5f60408385031215612da4575f5ffd5b50508035926020909101359150565b80356001600160a01b038116811461297b575f5ffd5b5f5f5f60608486031215612ddb575f5ffd5b83359250612deb60208501612db3565b915060408401356001600160401b03811115612e05575f5ffd5b840160a08187031215612e16575f5ffd5b809150509250925092565b5f5f83601f840112612e31575f5ffd5b5081356001600160401b03811115612e47575f5ffd5b6020830191508360208260051b8501011115612e61575f5ffd5b9250929050565b5f5f5f5f5f60808688031215612e7c575f5ffd5b853594506020860135935060408601356001600160401b03811115612e9f575f5ffd5b612eab88828901612e21565b90945092505060608601356001600160401b03811115612ec9575f5ffd5b860160c08189031215612eda575f5ffd5b809150509295509295909350565b5f5f60408385031215612ef9575f5ffd5b82359150612f0960208401612db3565b90509250929050565b5f5f5f60608486031215612f24575f5ffd5b505081359360208301359350604090920135919050565b5f60208284031215612f4b575f5ffd5b5035919050565b5f5f5f5f60608587031215612f65575f5ffd5b84359350612f7560208601612db3565b925060408501356001600160401b03811115612f8f575f5ffd5b612f9b87828801612e21565b95989497509550505050565b5f60208284031215612fb7575f5ffd5b611eea82612db3565b634e487b7160e01b5f52602160045260245ffd5b60068110612fe457612fe4612fc0565b50565b60208101612ff483612fd4565b91905290565b634e487b7160e01b5f52601160045260245ffd5b80820180821115611e9c57611e9c612ffa565b6001600160401b038181168382160190811115611e9c57611e9c612ffa565b6020810160088310612ff457612ff4612fc0565b5f60208284031215613064575f5ffd5b81356001600160401b0381168114611eea575f5ffd5b81516001600160a01b03168152610180810160208301516130a660208401826001600160a01b03169052565b5060408301516040830152606083015160608301526080830151608083015260a083015160a083015260c083015160c083015260e08301516130f360e08401826001600160401b03169052565b506101008301516131106101008401826001600160401b03169052565b5061012083015161312a61012084018263ffffffff169052565b5061014083015161314161014084018260ff169052565b506101608301516124956101608401826001600160401b03169052565b5f6020828403121561316e575f5ffd5b5051919050565b81810381811115611e9c57611e9c612ffa565b634e487b7160e01b5f52601260045260245ffd5b5f826131aa576131aa613188565b500490565b8082028115828204841417611e9c57611e9c612ffa565b5f602082840312156131d6575f5ffd5b815160038110611eea575f5ffd5b5f602082840312156131f4575f5ffd5b81518015158114611eea575f5ffd5b6040810161321084612fd4565b9281526020015290565b5f63ffffffff821663ffffffff810361323557613235612ffa565b60010192915050565b5f8261324c5761324c613188565b500690565b5f5f8335601e19843603018112613266575f5ffd5b8301803591506001600160401b0382111561327f575f5ffd5b6020019150600581901b3603821315612e61575f5ffd5b6001600160401b03818116838216029081169081811461249557612495612ffa565b5f6001600160401b038316806132d0576132d0613188565b806001600160401b0384160491505092915050565b6001600160401b038281168282160390811115611e9c57611e9c612ffa565b5f60ff821660ff810361323557613235612ffa56fe0c66915ab1d13caeb6b1ddfe03c0e8b8e9ef88ca063d088cdcd6bcd9733106b5a2646970667358221220b395e5d49b02905aa7829ab17645fd3753f0dd0b4e8a57150b2a8acbf5b3f77064736f6c63430008250033",
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
// the contract method with ID 0x62429fd6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commitTrace(uint256 id, bytes32 traceRoot, bytes32 finalRoot, bytes32[] initProof, bytes32[] finalProof) returns()
func (taskMarket *TaskMarket) PackCommitTrace(id *big.Int, traceRoot [32]byte, finalRoot [32]byte, initProof [][32]byte, finalProof [][32]byte) []byte {
	enc, err := taskMarket.abi.Pack("commitTrace", id, traceRoot, finalRoot, initProof, finalProof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitTrace is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x62429fd6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commitTrace(uint256 id, bytes32 traceRoot, bytes32 finalRoot, bytes32[] initProof, bytes32[] finalProof) returns()
func (taskMarket *TaskMarket) TryPackCommitTrace(id *big.Int, traceRoot [32]byte, finalRoot [32]byte, initProof [][32]byte, finalProof [][32]byte) ([]byte, error) {
	return taskMarket.abi.Pack("commitTrace", id, traceRoot, finalRoot, initProof, finalProof)
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
