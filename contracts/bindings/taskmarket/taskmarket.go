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
	ABI: "[{\"inputs\":[{\"internalType\":\"contractPinpointGame\",\"name\":\"game_\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"unbondingDelay_\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"treasury_\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"winnerShareBps_\",\"type\":\"uint16\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AlreadyAttested\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"max\",\"type\":\"uint32\"}],\"name\":\"AttestersFull\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadConfig\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadProof\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadReveal\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadSecret\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadTask\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"GamePending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"InfoTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"have\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"InsufficientFree\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoAudit\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoSeed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotSolver\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotSubmitter\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pathLength\",\"type\":\"uint256\"}],\"name\":\"ProofIndexTooLarge\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"Reentrant\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SecretAlreadyRevealed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SecretNotRevealed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SeedDrawn\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"atBlock\",\"type\":\"uint64\"}],\"name\":\"SeedNotReady\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SelfChallenge\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SolverCannotAttest\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"releaseAt\",\"type\":\"uint64\"}],\"name\":\"StillUnbonding\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"when\",\"type\":\"uint64\"}],\"name\":\"TooEarly\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"TooLate\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"VoidAttestation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumTaskMarket.AttState\",\"name\":\"have\",\"type\":\"uint8\"}],\"name\":\"WrongAttestation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumTaskMarket.Status\",\"name\":\"have\",\"type\":\"uint8\"}],\"name\":\"WrongStatus\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"info\",\"type\":\"bytes\"}],\"name\":\"Announced\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"joinBlock\",\"type\":\"uint64\"}],\"name\":\"AttestJoined\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"attestEnd\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"revealEnd\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"secretEnd\",\"type\":\"uint64\"}],\"name\":\"AttestPhase\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"enumTaskMarket.Outcome\",\"name\":\"outcome\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"}],\"name\":\"AttestationClosed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"game\",\"type\":\"uint256\"}],\"name\":\"AttestationDisputed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"segment\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"endHash\",\"type\":\"bytes32\"}],\"name\":\"AttestationRevealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"game\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"attesterWon\",\"type\":\"bool\"}],\"name\":\"AttestationSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"segment\",\"type\":\"uint64\"}],\"name\":\"Attested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"segment\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"game\",\"type\":\"uint256\"}],\"name\":\"Challenged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Credited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Deposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"game\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"solverWon\",\"type\":\"bool\"}],\"name\":\"DisputeSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"JackpotFunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Locked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"forced\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"segment\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"finders\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"jackpotShare\",\"type\":\"uint256\"}],\"name\":\"SecretRevealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fromBlock\",\"type\":\"uint256\"}],\"name\":\"SeedDrawnEvent\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"winner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"toTreasury\",\"type\":\"uint256\"}],\"name\":\"Slashed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"commitBy\",\"type\":\"uint64\"}],\"name\":\"TaskClaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"enumTaskMarket.Status\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"TaskFinalized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"}],\"name\":\"TaskPosted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"finalRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"windowEnd\",\"type\":\"uint64\"}],\"name\":\"TraceCommitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Unlocked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"releaseAt\",\"type\":\"uint64\"}],\"name\":\"WithdrawalRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_INFO\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SEED_DELAY\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"info\",\"type\":\"bytes\"}],\"name\":\"announce\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"assignment\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"name\":\"attest\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"}],\"name\":\"attestSegment\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"cancelTask\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"segment\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"startProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"endProof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structTaskMarket.Challenge\",\"name\":\"c\",\"type\":\"tuple\"}],\"name\":\"challenge\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"secretHash\",\"type\":\"bytes32\"}],\"name\":\"claimTask\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"closeAttestation\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"finalRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"initProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"finalProof\",\"type\":\"bytes32[]\"}],\"name\":\"commitTrace\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"secret\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"decoyMask\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"segment\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"startProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"endProof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structTaskMarket.Challenge\",\"name\":\"c\",\"type\":\"tuple\"}],\"name\":\"disputeAttestation\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"drawSeed\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"finalize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"fixClaimHash\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"secret\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"claimHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"n\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"bps\",\"type\":\"uint16\"}],\"name\":\"forcedError\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"forced\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"f\",\"type\":\"uint64\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"free\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"game\",\"outputs\":[{\"internalType\":\"contractPinpointGame\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"}],\"name\":\"getAttestation\",\"outputs\":[{\"components\":[{\"internalType\":\"enumTaskMarket.AttState\",\"name\":\"state\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"segment\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"joinBlock\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"endHash\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"game\",\"type\":\"uint256\"}],\"internalType\":\"structTaskMarket.Attestation\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"getAudit\",\"outputs\":[{\"components\":[{\"components\":[{\"internalType\":\"uint16\",\"name\":\"forcedErrorBps\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"attestWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"revealWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"attestStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"jackpotFee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"jackpot\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"attestFee\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"maxAttesters\",\"type\":\"uint32\"}],\"internalType\":\"structTaskMarket.Audit\",\"name\":\"audit\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"secretHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"claimHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"claimBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"attestEnd\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"revealEnd\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"secretEnd\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"secretRevealed\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"forced\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"solverLost\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"forcedSegment\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"challengedSegment\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"challengedEnd\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"challengeWinner\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"decoy\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"trueLeaf\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"attesters\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"finders\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"jackpotShare\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"jackpotHeld\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"feesHeld\",\"type\":\"uint256\"}],\"internalType\":\"structTaskMarket.AuditState\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"getTask\",\"outputs\":[{\"components\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"specHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"nodesRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateMapRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"initRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"steps\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"interval\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"numNodes\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"stateDepth\",\"type\":\"uint8\"}],\"internalType\":\"structTaskMarket.Spec\",\"name\":\"spec\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"solverStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"challengerBond\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"claimBy\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"commitWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"challengeWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"gameClock\",\"type\":\"uint64\"}],\"internalType\":\"structTaskMarket.Terms\",\"name\":\"terms\",\"type\":\"tuple\"},{\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"},{\"internalType\":\"enumTaskMarket.Status\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"commitBy\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"windowEnd\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"windowLeft\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"commitBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"game\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"finalRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"}],\"internalType\":\"structTaskMarket.Task\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"joinAttestation\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"locked\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"numCheckpoints\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"specHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"nodesRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateMapRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"initRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"steps\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"interval\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"numNodes\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"stateDepth\",\"type\":\"uint8\"}],\"internalType\":\"structTaskMarket.Spec\",\"name\":\"spec\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"solverStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"challengerBond\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"claimBy\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"commitWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"challengeWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"gameClock\",\"type\":\"uint64\"}],\"internalType\":\"structTaskMarket.Terms\",\"name\":\"terms\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint16\",\"name\":\"forcedErrorBps\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"attestWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"revealWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"attestStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"jackpotFee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"jackpot\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"attestFee\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"maxAttesters\",\"type\":\"uint32\"}],\"internalType\":\"structTaskMarket.Audit\",\"name\":\"audit\",\"type\":\"tuple\"}],\"name\":\"postTask\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"requestWithdrawal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"endHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"revealAttestation\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"secret\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"tensorIndex\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"headerHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"element\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"dataPath\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"statePath\",\"type\":\"bytes32[]\"}],\"internalType\":\"structTaskMarket.DecoyOpening\",\"name\":\"o\",\"type\":\"tuple\"}],\"name\":\"revealSecret\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"settle\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"}],\"name\":\"settleAttestation\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"taskCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalEscrow\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalFree\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalHeld\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalJackpot\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalLocked\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalUnbonding\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"treasury\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"unbonding\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"releaseAt\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unbondingDelay\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"winnerShareBps\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "TaskMarket",
	Bin: "0x6101006040526001600855348015610015575f5ffd5b50604051615d6c380380615d6c833981016040819052610034916100bc565b8282826001600160a01b038216158061005257506127108161ffff16115b15610070576040516301f30c8760e21b815260040160405180910390fd5b6001600160401b039092166080526001600160a01b0390811660a05261ffff90911660c0529390931660e05250610129915050565b6001600160a01b03811681146100b9575f5ffd5b50565b5f5f5f5f608085870312156100cf575f5ffd5b84516100da816100a5565b60208601519094506001600160401b03811681146100f6575f5ffd5b6040860151909350610107816100a5565b606086015190925061ffff8116811461011e575f5ffd5b939692955090935050565b60805160a05160c05160e051615bd86101945f395f818161095b0152818161127c01528181611bb00152818161234c0152612aa001525f81816108e10152818161353a0152613eaa01525f81816107190152613f2701525f8181610a8201526130c10152615bd85ff3fe60806040526004361061025f575f3560e01c8063833b15ca1161013f578063c3fe3e28116100b3578063ced4cd2e11610078578063ced4cd2e14610a11578063d0e30db014610a69578063db7dd35a14610a71578063f43cc77314610aa4578063f551216414610ab8578063f5b0216114610aec575f5ffd5b8063c3fe3e281461094a578063c60e34e31461097d578063c9b5bb171461099c578063cbf9fe5f146109c7578063cd5e6ff2146109f2575f5ffd5b8063a1b49bdc11610104578063a1b49bdc1461085e578063a3d898441461089c578063a5394c0a146108b1578063ac9380d6146108d0578063b216706c14610916578063b6cb58a514610935575f5ffd5b8063833b15ca146107cf57806387679f8e146107ee5780638df828001461080d57806395d920061461082c5780639ee679e81461083f575f5ffd5b80634029c438116101d65780635abf0f191161019b5780635abf0f19146106e957806361d027b31461070857806362429fd614610753578063635154c7146107725780637dbded0d146107915780637eec20a8146107b0575f5ffd5b80634029c43814610662578063461c8cb7146106815780634a1d0eed146106a057806350589793146106b557806356891412146106d4575f5ffd5b80631d65e77e116102275780631d65e77e146105b75780632ef3dbf5146105e3578063313356911461060f578063333e44e614610624578063350fd0be146106395780633ccfd60b1461064e575f5ffd5b806305261aea1461026357806317131dc71461028457806317bf37a3146102b957806317e859261461056b5780631af7453d1461058a575b5f5ffd5b34801561026e575f5ffd5b5061028261027d366004614c39565b610b0b565b005b34801561028f575f5ffd5b506102a361029e366004614c66565b610e6b565b6040516102b09190614cb7565b60405180910390f35b3480156102c4575f5ffd5b5061055e6102d3366004614c39565b604080516103a0810182525f6102a082018181526102c083018290526102e0830182905261030083018290526103208301829052610340830182905261036083018290526103808301829052825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810182905261012081018290526101408101829052610160810182905261018081018290526101a081018290526101c081018290526101e081018290526102008101829052610220810182905261024081018290526102608101829052610280810191909152505f908152600b602081815260409283902083516103a081018552815461ffff81166102a083019081526001600160401b036201000080840482166102c0860152600160501b90930481166102e08501526001850154610300850152600285015461032085015260038501546103408501526004850154610360850152600585015463ffffffff90811661038086015291845260068501549584019590955260078401549683019690965260088301548085166060840152600160401b810485166080840152600160801b8104851660a0840152600160c01b9004841660c0830152600983015460ff808216151560e085015261010080830482161515908501529181049091161515610120830152630100000081048416610140830152600160581b9004909216610160830152600a810154610180830152918201546001600160a01b03166101a0820152600c8201546101c0820152600d8201546101e0820152600e8201548084166102008301526401000000009004909216610220830152600f81015461024083015260108101546102608301526011015461028082015290565b6040516102b09190614d94565b348015610576575f5ffd5b50610282610585366004614efe565b610f56565b348015610595575f5ffd5b506105a96105a4366004614f34565b61107a565b6040519081526020016102b0565b3480156105c2575f5ffd5b506105d66105d1366004614c39565b611373565b6040516102b0919061501a565b3480156105ee575f5ffd5b506105f7600481565b6040516001600160401b0390911681526020016102b0565b34801561061a575f5ffd5b506105a961100081565b34801561062f575f5ffd5b506105a960035481565b348015610644575f5ffd5b506105a960055481565b348015610659575f5ffd5b5061028261163d565b34801561066d575f5ffd5b5061028261067c36600461519a565b611799565b34801561068c575f5ffd5b5061028261069b366004614c66565b611b38565b3480156106ab575f5ffd5b506105a960075481565b3480156106c0575f5ffd5b506105f76106cf366004614c39565b611dd8565b3480156106df575f5ffd5b506105a960045481565b3480156106f4575f5ffd5b50610282610703366004614c39565b611e0d565b348015610713575f5ffd5b5061073b7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016102b0565b34801561075e575f5ffd5b5061028261076d366004615214565b611e86565b34801561077d575f5ffd5b506105a961078c36600461529d565b6120ea565b34801561079c575f5ffd5b506105f76107ab366004614c66565b612456565b3480156107bb575f5ffd5b506102826107ca366004614c39565b61257b565b3480156107da575f5ffd5b506102826107e93660046152e0565b61261b565b3480156107f9575f5ffd5b50610282610808366004614c39565b612844565b348015610818575f5ffd5b50610282610827366004614c39565b612a8f565b6105a961083a366004615309565b612d81565b34801561084a575f5ffd5b50610282610859366004614c39565b61306a565b348015610869575f5ffd5b5061087d610878366004615383565b613169565b6040805192151583526001600160401b039091166020830152016102b0565b3480156108a7575f5ffd5b506105a960065481565b3480156108bc575f5ffd5b506102826108cb3660046153d5565b613209565b3480156108db575f5ffd5b506109037f000000000000000000000000000000000000000000000000000000000000000081565b60405161ffff90911681526020016102b0565b348015610921575f5ffd5b5061028261093036600461542a565b61377a565b348015610940575f5ffd5b506105a960095481565b348015610955575f5ffd5b5061073b7f000000000000000000000000000000000000000000000000000000000000000081565b348015610988575f5ffd5b50610282610997366004614efe565b6137db565b3480156109a7575f5ffd5b506105a96109b6366004615496565b5f6020819052908152604090205481565b3480156109d2575f5ffd5b506105a96109e1366004615496565b60016020525f908152604090205481565b3480156109fd575f5ffd5b506105f7610a0c366004614c66565b613943565b348015610a1c575f5ffd5b50610a4c610a2b366004615496565b60026020525f9081526040902080546001909101546001600160401b031682565b604080519283526001600160401b039091166020830152016102b0565b6102826139d9565b348015610a7c575f5ffd5b506105f77f000000000000000000000000000000000000000000000000000000000000000081565b348015610aaf575f5ffd5b506105a9613a6b565b348015610ac3575f5ffd5b50610ad7610ad2366004614efe565b613aa8565b60405163ffffffff90911681526020016102b0565b348015610af7575f5ffd5b50610282610b06366004614c39565b613b0a565b5f818152600a60209081526040808320600b9092528220600d8201549192909160ff16906002826007811115610b4357610b43614c90565b1490506003826007811115610b5a57610b5a614c90565b148015610b76575082546201000090046001600160401b031615155b8015610b875750600983015460ff16155b15610c085760128401545f03610bb057604051636a35b3b160e11b815260040160405180910390fd5b6008830154600160c01b90046001600160401b03164211610c0057600883015460405163d606d83f60e01b8152600160c01b9091046001600160401b031660048201526024015b60405180910390fd5b506001610da6565b6003826007811115610c1c57610c1c614c90565b03610cbb57600d840154600160481b90046001600160401b0316421015610c6d57600d84015460405163d606d83f60e01b8152600160481b9091046001600160401b03166004820152602401610bf7565b600d8401805460ff19166005179055600a8401546006850154610c99916001600160a01b031690613d26565b600a840154600c850154610cb6916001600160a01b031690613de9565b610da6565b6002826007811115610ccf57610ccf614c90565b03610d1b57600d84015461010090046001600160401b03164211610cb657600d84015460405163d606d83f60e01b81526101009091046001600160401b03166004820152602401610bf7565b6001826007811115610d2f57610d2f614c90565b03610d8b5760088401546001600160401b03164211610d7257600884015460405163d606d83f60e01b81526001600160401b039091166004820152602401610bf7565b600d8401805460ff19166007179055610cb68484613e0e565b81604051630d64047360e21b8152600401610bf791906154af565b8015610e0057600d8401805460ff19166006908117909155600a850154908501546009860154610de3926001600160a01b03908116929116613e59565b6009840154600c850154610e00916001600160a01b031690613de9565b6001826007811115610e1457610e14614c90565b14610e2357610e238484613fd7565b600d84015460405186917f0e9cb48757bd52e4ffd9f48c23c229bbe87f7ff9c8197d305db283fd2e5ddbe891610e5c9160ff16906154af565b60405180910390a25050505050565b6040805160e080820183525f8083526020808401829052838501829052606084018290526080840182905260a0840182905260c08401829052868252600c81528482206001600160a01b038716835290528390208351918201909352825491929091829060ff166005811115610ee357610ee3614c90565b6005811115610ef457610ef4614c90565b815281546001600160401b03610100820481166020840152600160481b909104166040820152600182015460608201526002820154608082015260038201546001600160a01b031660a082015260049091015460c09091015290505b92915050565b5f828152600b60209081526040808320600c83528184203385529092529091206001815460ff166005811115610f8e57610f8e614c90565b14610fb2578054604051635c4ff07d60e01b8152610bf79160ff16906004016154bd565b6008820154600160401b90046001600160401b0316421115610ffe5760088201546040516326b39d0360e11b8152600160401b9091046001600160401b03166004820152602401610bf7565b5f6110098533612456565b82546001600160401b038216610100810268ffffffffffffffffff1990921691909117600217845560018401869055604051908152909150339086907f53c31612a70c75ddf2fc6aeeda808da5cd6b69c2f80e2e19913f1bca26326725906020015b60405180910390a35050505050565b5f838152600a602052604081206003600d82015460ff1660078111156110a2576110a2614c90565b141580156110c957506004600d82015460ff1660078111156110c6576110c6614c90565b14155b156110f057600d810154604051630d64047360e21b8152610bf79160ff16906004016154af565b5f858152600b602052604090206009015460ff1661112157604051630bb55aad60e41b815260040160405180910390fd5b5f858152600c602090815260408083206001600160a01b038816845290915290206003815460ff16600581111561115a5761115a614c90565b1461117e578054604051635c4ff07d60e01b8152610bf79160ff16906004016154bd565b6001600160a01b03851633036111a75760405163706cd38160e01b815260040160405180910390fd5b5f868152600b602052604090206111be908261404c565b156111dc5760405163e5fa050160e01b815260040160405180910390fd5b805461010090046001600160401b03166111f960208601866154d0565b6001600160401b031614158061121757508060020154846060013514155b1561123557604051637ca55c7760e01b815260040160405180910390fd5b61124086838661409a565b611251338360060160010154614165565b805460ff19166004178155600381018054336001600160a01b03199091161790556001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001663c7b5c95d6112c284886112b360208a018a6154d0565b89602001358a606001356141ee565b6040518263ffffffff1660e01b81526004016112de91906154eb565b6020604051808303815f875af11580156112fa573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061131e91906155d6565b6004820181905560405181815290935033906001600160a01b0387169088907f39f1d859eee8d44d49e1f62ab3cdb1c8393b1649164a079f2ba1e8d05c86284c9060200160405180910390a450509392505050565b6114656040805161030081019091525f6101e08201818152610200830182905261022083018290526102408301829052610260830182905261028083018290526102a083018290526102c083018290526102e0830191909152819081526040805160c0810182525f8082526020828101829052928201819052606082018190526080820181905260a082015291019081525f6020820181905260408201819052606082018190526080820181905260a09091019081525f6020820181905260408201819052606082018190526080820181905260a0820181905260c0820181905260e082018190526101009091015290565b5f828152600a602081815260409283902083516103008101855281546101e08201908152600183015461020083015260028301546102208301526003830154610240830152600483015461026083015260058301546001600160401b03808216610280850152600160401b80830482166102a0860152600160801b80840463ffffffff166102c0870152600160a01b90930460ff9081166102e0870152938552885160c08082018b5260068801548252600780890154838b01526008890154808616848e015293840485166060808501919091529584048516608080850191909152600160c01b90940490941660a0808401919091529887019190915260098701546001600160a01b039081169a87019a909a5297860154891692850192909252600b85015490971690830152600c83015493820193909352600d8201549094919385019216908111156115bb576115bb614c90565b60078111156115cc576115cc614c90565b8152600d8201546001600160401b0361010080830482166020850152600160481b830482166040850152600160881b90920481166060840152600e840154166080830152600f83015460a0830152601083015460c0830152601183015460e083015260129092015491015292915050565b6008546001146116605760405163769dd35360e11b815260040160405180910390fd5b60026008819055335f908152602091909152604081208054909181900361169a57604051630686827b60e51b815260040160405180910390fd5b60018201546001600160401b03164210156116d957600182015460405163be8a527b60e01b81526001600160401b039091166004820152602401610bf7565b5f808355600580548392906116ef908490615601565b909155505060405181815233907f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d59060200160405180910390a26040515f90339083908381818185875af1925050503d805f8114611768576040519150601f19603f3d011682016040523d82523d5f602084013e61176d565b606091505b505090508061178f576040516312171d8360e31b815260040160405180910390fd5b5050600160085550565b5f6117a586600361431d565b5f878152600b60205260409020600a820154919250906001600160a01b031633146117e35760405163c139eabd60e01b815260040160405180910390fd5b80546201000090046001600160401b03165f03611813576040516316a519cf60e31b815260040160405180910390fd5b600981015460ff1615611839576040516375dde69b60e01b815260040160405180910390fd5b60128201545f0361185d57604051636a35b3b160e11b815260040160405180910390fd5b6008810154600160801b90046001600160401b031642116118a857600881015460405163d606d83f60e01b8152600160801b9091046001600160401b03166004820152602401610bf7565b6008810154600160c01b90046001600160401b03164211156118f45760088101546040516326b39d0360e11b8152600160c01b9091046001600160401b03166004820152602401610bf7565b600681015460408051602081018990520160405160208183030381529060405280519060200120146119395760405163e1dcd59760e01b815260040160405180910390fd5b60098101805460ff1916600117905560078101545f90819061196c9089908b61196181611dd8565b875461ffff16613169565b915091508115611a79576119848989838a8a8a61437c565b5f898152600d602081815260408084209287015481516001600160401b0387168185015280830191909152815180820383018152606090910182528051908301208452919052812054600e8501805467ffffffff00000000191663ffffffff9092166401000000008102929092179055600754600386015491929110611a0c57600754611a12565b60038501545b905063ffffffff821615801590611a2857508015155b15611a76575f611a3e63ffffffff841683615628565b600f87018190559050611a5763ffffffff84168261563b565b6010870155611a74611a6f63ffffffff85168361563b565b61447a565b505b50505b6008840154611a9890600160801b90046001600160401b031642615652565b600d8501805467ffffffffffffffff60481b1916600160481b6001600160401b03938416021790556010850154600e850154600f8601546040805187151581529486166020860152840192909252640100000000900463ffffffff166060830152608082015289907f2a2a2902bce4eaf054060d8d29c95c64d13b94f82b85bb9376f418c3134a46339060a00160405180910390a2505050505050505050565b5f828152600c602090815260408083206001600160a01b038516845290915290206004815460ff166005811115611b7157611b71614c90565b14611b95578054604051635c4ff07d60e01b8152610bf79160ff16906004016154bd565b600481810154604051633c59405960e01b8152918201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690633c59405990602401602060405180830381865afa158015611bfd573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611c219190615671565b90505f816002811115611c3657611c36614c90565b03611c54576040516347ca30d160e11b815260040160405180910390fd5b5f848152600a60209081526040808320600b9092529091206003840180546001600160a01b031981169091556001600160a01b03166001846002811115611c9d57611c9d614c90565b03611d1457611cb481846006016001015488613e59565b845460ff19166003178555600485015460408051918252600160208301526001600160a01b0388169189917f2cf916c51f5ad0fb8350a4ca8c14c6a9167396b0e8fdf9fc3ac04450f999b10591015b60405180910390a350505050505050565b611d25818460060160010154613d26565b611d3686835f016001015483613e59565b845460ff19166005178555611d4b82866144ab565b6009830154611d649083906001600160a01b0316614532565b6004850154604080519182525f60208301526001600160a01b0388169189917f2cf916c51f5ad0fb8350a4ca8c14c6a9167396b0e8fdf9fc3ac04450f999b105910160405180910390a3856001600160a01b0316875f516020615b835f395f51905f5260045f604051611d0392919061568f565b5f818152600a602052604081206005810154611e06906001600160401b03600160401b8204811691166156a6565b9392505050565b5f818152600b60205260408120600881015490916001600160401b039091169003611e4b576040516316a519cf60e31b815260040160405180910390fd5b600781015415611e59575050565b6008810154611e7c90611e77906004906001600160401b03166156d3565b614567565b5060079091015550565b5f611e9288600261431d565b600a8101549091506001600160a01b03163314611ec25760405163c139eabd60e01b815260040160405180910390fd5b600d81015461010090046001600160401b0316421115611f0a57600d8101546040516326b39d0360e11b81526101009091046001600160401b03166004820152602401610bf7565b5f611f1489611dd8565b90505f611f33611f2e6001600160401b03841660016156d3565b6145f6565b905060ff811686141580611f4a575060ff81168414155b15611f6857604051637ca55c7760e01b815260040160405180910390fd5b88611f7b845f01600401545f8a8a61461e565b14611f9957604051637ca55c7760e01b815260040160405180910390fd5b88611faf89846001600160401b0316888861461e565b14611fcd57604051637ca55c7760e01b815260040160405180910390fd5b6010830189905560118301889055600e8301805467ffffffffffffffff1916436001600160401b0316179055600d830180546003919060ff191660018302179055505f8a8152600b60205260409020546201000090046001600160401b03161561203f5761203a8a611e0d565b612087565b600883015461205e90600160801b90046001600160401b031642615652565b83600d0160096101000a8154816001600160401b0302191690836001600160401b031602179055505b600d830154604080518b8152602081018b9052600160481b9092046001600160401b0316908201528a907f4880cf4e473569797eedc06beb957c5cfcf025eb27a34ae02137ac6c74cf38a09060600160405180910390a250505050505050505050565b5f5f6120f784600361431d565b600a8101549091506001600160a01b031633036121275760405163706cd38160e01b815260040160405180910390fd5b5f848152600b6020526040902080546201000090046001600160401b031615801590819061215a5750600982015460ff16155b1561217857604051630bb55aad60e41b815260040160405180910390fd5b600d830154600160481b90046001600160401b031642106121c357600d8301546040516326b39d0360e11b8152600160481b9091046001600160401b03166004820152602401610bf7565b6121ce86848761409a565b6121db60408601866156e6565b90506121ea60808701876156e6565b90501461220a57604051637ca55c7760e01b815260040160405180910390fd5b601083015461224a606087013561222460208901896154d0565b612238906001600160401b031660016156d3565b61224560808a018a6156e6565b61461e565b1461226857604051637ca55c7760e01b815260040160405180910390fd5b612279338460060160010154614165565b600b830180546001600160a01b03191633179055600d8301546122ae9042906001600160401b03600160481b9091041661572b565b600d8401805460046001600160401b0393909316600160881b0260ff191678ffffffffffffffff00000000000000000000000000000000ff1990911617919091179055801561233d5761230460208601866154d0565b6009830180546001600160401b0392909216600160581b0267ffffffffffffffff60581b199092169190911790556060850135600a8301555b600a8301546001600160a01b037f000000000000000000000000000000000000000000000000000000000000000081169163c7b5c95d916123979187911661238860208b018b6154d0565b8a602001358b606001356141ee565b6040518263ffffffff1660e01b81526004016123b391906154eb565b6020604051808303815f875af11580156123cf573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906123f391906155d6565b600f8401819055935033867fcb4b8225c38c94710fe444a319f5396178a9da159dccf38a4b831fa1b8a5348b61242c60208901896154d0565b604080516001600160401b039092168252602082018990520160405180910390a350505092915050565b5f828152600c602090815260408083206001600160a01b0385168452909152812081815460ff16600581111561248e5761248e614c90565b036124b2578054604051635c4ff07d60e01b8152610bf79160ff16906004016154bd565b6001815460ff1660058111156124ca576124ca614c90565b146124e5575461010090046001600160401b03169050610f50565b80545f9061250890611e7790600160481b90046001600160401b031660016156d3565b50905061251485611dd8565b5f868152600a6020908152604091829020601201548251808301919091526001600160a01b0388168184015260608082018690528351808303909101815260809091019092528151910120612572916001600160401b03169061574a565b95945050505050565b5f61258782600161431d565b60098101549091506001600160a01b031633146125b7576040516331511a2160e21b815260040160405180910390fd5b600d8101805460ff191660071790555f828152600b602052604090206125de908290613e0e565b817f0e9cb48757bd52e4ffd9f48c23c229bbe87f7ff9c8197d305db283fd2e5ddbe8600760405161260f91906154af565b60405180910390a25050565b5f838152600b60209081526040808320600c83528184203385529092529091206002815460ff16600581111561265357612653614c90565b14612677578054604051635c4ff07d60e01b8152610bf79160ff16906004016154bd565b6008820154600160401b90046001600160401b031642116126c257600882015460405163d606d83f60e01b8152600160401b9091046001600160401b03166004820152602401610bf7565b6008820154600160801b90046001600160401b031642111561270e5760088201546040516326b39d0360e11b8152600160801b9091046001600160401b03166004820152602401610bf7565b600181015460408051602081018890523391810191909152606081018690526080810185905260a001604051602081830303815290604052805190602001201461276b57604051638ff14e0d60e01b815260040160405180910390fd5b600281018490558054600360ff19909116178082555f868152600d6020908152604080832081516101009095046001600160401b031685840152848201899052815180860383018152606090950182528451948301949094208352929052908120805463ffffffff16916127de8361575d565b825461010092830a63ffffffff81810219909216929091160217909155825460408051929091046001600160401b031682526020820187905233925087917fbf6c60af379ac044ddd6f443bbbd180330c08caf9a7e0634d1aceaa5ca6e79a1910161106b565b5f61285082600361431d565b5f838152600b602052604081208054929350916201000090046001600160401b03169003612891576040516316a519cf60e31b815260040160405180910390fd5b60128201545f036128b557604051636a35b3b160e11b815260040160405180910390fd5b6008810154600160401b90046001600160401b03164211156129015760088101546040516326b39d0360e11b8152600160401b9091046001600160401b03166004820152602401610bf7565b600a8201546001600160a01b0316330361292e576040516320a553e160e11b815260040160405180910390fd5b5f838152600c60209081526040808320338452909152812090815460ff16600581111561295d5761295d614c90565b1461297b576040516335d9080560e01b815260040160405180910390fd5b600582015463ffffffff16158015906129a657506005820154600e83015463ffffffff918216911610155b156129d257600582015460405163fa17747b60e01b815263ffffffff9091166004820152602401610bf7565b6129e233835f0160010154614165565b600e8201805463ffffffff16905f6129f98361575d565b825463ffffffff9182166101009390930a928302919092021990911617905550805470ffffffffffffffff0000000000000000ff1916600160481b436001600160401b039081168202929092176001178084556040519190049091168152339085907ff17dd6991aa4e09156a43fff8b35813a2f571224525ff2107403261da72ac199906020015b60405180910390a350505050565b5f612a9b82600461431d565b90505f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316633c59405983600f01546040518263ffffffff1660e01b8152600401612af091815260200190565b602060405180830381865afa158015612b0b573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612b2f9190615671565b90505f816002811115612b4457612b44614c90565b03612b62576040516347ca30d160e11b815260040160405180910390fd5b600b820180546001600160a01b031981169091556001600160a01b03166001826002811115612b9357612b93614c90565b03612c57576007830154600a840154612bb69183916001600160a01b0316613e59565b600d8301805460ff191660031790819055612be2906001600160401b03600160881b9091041642615652565b600d840180546001600160401b0392909216600160481b0267ffffffffffffffff60481b19909216919091179055600f830154604080519182526001602083015285917fd4390d9b1eae30d53d6e598d7eba50e60f3ea18310ca83e7919e3df177bb05ca91015b60405180910390a250505050565b612c68818460060160010154613d26565b600a8301546006840154612c86916001600160a01b03169083613e59565b600d8301805460ff191660061790556009830154600c840154612cb2916001600160a01b031690613de9565b5f848152600b6020526040902080546201000090046001600160401b031615612d115760098101805462ff0000191662010000179055600b810180546001600160a01b0384166001600160a01b0319909116179055612d118482613fd7565b600f840154604080519182525f602083015286917fd4390d9b1eae30d53d6e598d7eba50e60f3ea18310ca83e7919e3df177bb05ca910160405180910390a2847f0e9cb48757bd52e4ffd9f48c23c229bbe87f7ff9c8197d305db283fd2e5ddbe86006604051610e5c91906154af565b5f612d9260c0850160a086016154d0565b6001600160401b03161580612dbd5750612db260e0850160c086016154d0565b6001600160401b0316155b80612df95750612dd360e0850160c086016154d0565b612de360c0860160a087016154d0565b612ded9190615781565b6001600160401b031615155b80612e185750612e10610100850160e086016157bf565b63ffffffff16155b80612e355750612e30610120850161010086016157e8565b60ff16155b80612e58575042612e4c60608501604086016154d0565b6001600160401b031611155b80612e795750612e6e60808401606085016154d0565b6001600160401b0316155b80612e9a5750612e8f60a08401608085016154d0565b6001600160401b0316155b80612ebb5750612eb060c0840160a085016154d0565b6001600160401b0316155b80612ec557508235155b80612ed257506020830135155b80612ee35750612ee182614665565b155b15612f0157604051631a4878ed60e21b815260040160405180910390fd5b5f612f13610100840160e085016157bf565b612f279063ffffffff1660c085013561563b565b90505f612f388260808601356156d3565b9050803411612f5a57604051631a4878ed60e21b815260040160405180910390fd5b60095f8154612f6890615803565b91829055505f818152600a602052604090209093508681612f89828261583f565b5086905060068201612f9b8282615933565b50506009810180546001600160a01b03191633179055612fbb8234615601565b600c820155600d8101805460ff19166001179055612fdf60408601602087016154d0565b6001600160401b03161561300f575f848152600b6020526040902085816130068282615a09565b50506011018390555b61301834614790565b336001600160a01b0316847f33f4af5c11d435f2d84cdbecf888cfe4d02d49024a90a6bf441b9ec7cddd389383600c015460405161305891815260200190565b60405180910390a35050509392505050565b805f0361308a57604051631f2a200560e01b815260040160405180910390fd5b61309433826147a1565b335f9081526002602052604081208054909183918391906130b69084906156d3565b909155506130e690507f000000000000000000000000000000000000000000000000000000000000000042615652565b816001015f6101000a8154816001600160401b0302191690836001600160401b031602179055508160055f82825461311e91906156d3565b90915550506001810154604080518481526001600160401b03909216602083015233917fbf6730b5b5d9fd45cdb42f69910317da629fd6e12b3ab41aa1708cd916385dfc910161260f565b604080516020808201889052818301879052606080830187905283518084039091018152608090920190925280519101205f90819060026001600160401b03861610806131c5575061ffff84166131c26127108361574a565b10155b156131d6575f5f92509250506131ff565b60016131e2818761572b565b6131f9906001600160401b0316608084901c61574a565b92509250505b9550959350505050565b5f848152600a60209081526040808320600b8352818420600c84528285206001600160a01b038916865290935292208054600183015460ff90911690600282600581111561325957613259614c90565b14806132765750600182600581111561327457613274614c90565b145b15613330576008840154600160801b90046001600160401b031642116132c657600884015460405163d606d83f60e01b8152600160801b9091046001600160401b03166004820152602401610bf7565b825460ff191660051783556132db8882614825565b60098501546132f49085906001600160a01b0316614532565b876001600160a01b0316895f516020615b835f395f51905f5260015f60405161331e92919061568f565b60405180910390a35050505050613774565b600382600581111561334457613344614c90565b146133645781604051635c4ff07d60e01b8152600401610bf791906154bd565b6005600d86015460ff16600781111561337f5761337f614c90565b141580156133a657506006600d86015460ff1660078111156133a3576133a3614c90565b14155b156133cd57600d850154604051630d64047360e21b8152610bf79160ff16906004016154af565b825460ff19166005178084556002840154906001600160401b03610100909104166133f8868661404c565b1561345e576134078a84613d26565b60098701546134209087906001600160a01b0316614532565b896001600160a01b03168b5f516020615b835f395f51905f5260055f60405161344a92919061568f565b60405180910390a350505050505050613774565b60098601545f90610100900460ff16801561348f575060098701546001600160401b03838116630100000090920416145b801561349e575086600c015483145b156134ab575060026134f3565b600987015462010000900460ff1680156134db575060098701546001600160401b03838116600160581b90920416145b80156134ea575086600a015483145b156134f3575060035b5f81600581111561350657613506614c90565b146135fd576135158b85614825565b600381600581111561352957613529614c90565b0361359c575f61271061356061ffff7f0000000000000000000000000000000000000000000000000000000000000000168761563b565b61356a9190615628565b90508060075f82825461357d9190615601565b9091555050600b88015461359a906001600160a01b031682614905565b505b6135a687876144ab565b60098801546135bf9088906001600160a01b0316614532565b8a6001600160a01b03168c5f516020615b835f395f51905f52835f6040516135e892919061568f565b60405180910390a35050505050505050613774565b6136078b85613d26565b60098701545f90610100900460ff168015613638575060098801546001600160401b03848116630100000090920416145b8015613647575087600d015484145b80156136565750600f88015415155b156136855787600f0154905080886010015f8282546136759190615601565b9091555061368590508c82613de9565b5f6005600d8b015460ff1660078111156136a1576136a1614c90565b1480156136cf57506136c96136b58f611dd8565b611f2e906001600160401b031660016156d3565b60ff168b145b80156136fc575060108a01546136fa866136f36001600160401b03881660016156d3565b8f8f61461e565b145b9050801561371657600489015461371390836156d3565b91505b61373889826137325760098c01546001600160a01b0316614532565b8e614532565b8c6001600160a01b03168e5f516020615b835f395f51905f52858560405161376192919061568f565b60405180910390a3505050505050505050505b50505050565b6110008111156137a057604051636a2391f360e01b815260048101829052602401610bf7565b336001600160a01b03167fec9a425858ffeca7fc39ad4c59c2e319844d66db9301bfcc3ecc875aa0222fde838360405161260f929190615ae6565b5f6137e783600161431d565b60088101549091506001600160401b03164211156138295760088101546040516326b39d0360e11b81526001600160401b039091166004820152602401610bf7565b61383933826006015f0154614165565b600a810180546001600160a01b03191633179055600d81018054600260ff19909116179055600881015461387d90600160401b90046001600160401b031642615652565b600d8201805468ffffffffffffffff0019166101006001600160401b03938416021790555f848152600b60205260409020805490916201000090910416156138fc576006810183905560088101805467ffffffffffffffff1916436001600160401b03161790556002810154156138fc5760028101546138fc90614984565b600d8201546040516101009091046001600160401b03168152339085907f6be644a86012e6646e6c5966df8cf83b4260d034ec9ad6f1e946bb7c818c068790602001612a81565b5f828152600a602052604081206012810154820361397457604051636a35b3b160e11b815260040160405180910390fd5b61397d84611dd8565b6001600160401b03168160120154846040516020016139af9291909182526001600160a01b0316602082015260400190565b604051602081830303815290604052805190602001205f1c6139d1919061574a565b949350505050565b345f036139f957604051631f2a200560e01b815260040160405180910390fd5b335f9081526020819052604081208054349290613a179084906156d3565b925050819055503460035f828254613a2f91906156d3565b909155505060405134815233907f2da466a7b24304f47e87fa2e1e5a81b9831ce54fec19055ce277ca2f39ba42c49060200160405180910390a2565b5f600754600654600554600454600354613a8591906156d3565b613a8f91906156d3565b613a9991906156d3565b613aa391906156d3565b905090565b6040805160606020808301829052601560808401527476657269747261696e2e666f726365642e6d61736b60581b60a08085019190915283850196909652908201939093528151808203909401845260c0019052815191012060ff1660011790565b5f818152600a60205260408120600e81015490916001600160401b039091169003613b5157600d810154604051630d64047360e21b8152610bf79160ff16906004016154af565b601281015415613b74576040516350dcbf5560e11b815260040160405180910390fd5b600e8101545f90613b9490611e77906004906001600160401b03166156d3565b60128401829055604080519283526020830182905290925084917f114b760dd38ed0828bbdc5dbfe4d5b474ac0e3df57c59a143e0408131f1b5168910160405180910390a25f838152600b6020526040902080546201000090046001600160401b031615613774578054613c17906201000090046001600160401b031642615652565b60088201805467ffffffffffffffff60401b1916600160401b6001600160401b03938416810291909117918290558354613c6093600160501b9091048116929190910416615652565b60088201805467ffffffffffffffff60801b1916600160801b6001600160401b03938416810291909117918290558354613ca993600160501b9091048116929190910416615652565b6008820180546001600160c01b0316600160c01b6001600160401b039384168102919091179182905560408051600160401b840485168152600160801b840485166020820152919092049092169082015284907f1a129404a23be4221b5fee27668abbd6d51fcb4d26a3e801dfe4fb1472e2298490606001612c49565b6001600160a01b0382165f9081526001602052604081208054839290613d4d908490615601565b925050819055508060045f828254613d659190615601565b90915550506001600160a01b0382165f9081526020819052604081208054839290613d919084906156d3565b925050819055508060035f828254613da991906156d3565b90915550506040518181526001600160a01b038316907f0f0bc5b519ddefdd8e5f9e6423433aa2b869738de2ae34d58ebc796fc749fa0d9060200161260f565b8060065f828254613dfa9190615601565b90915550613e0a90508282614905565b5050565b60118101546002820154600c8401545f9291613e29916156d3565b613e3391906156d3565b5f60118401556009840154909150613e54906001600160a01b031682613de9565b505050565b6001600160a01b0383165f9081526001602052604081208054849290613e80908490615601565b925050819055508160045f828254613e989190615601565b909155505f9050612710613ed061ffff7f0000000000000000000000000000000000000000000000000000000000000000168561563b565b613eda9190615628565b9050805f5f846001600160a01b03166001600160a01b031681526020019081526020015f205f828254613f0d91906156d3565b90915550613f1d90508184615601565b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000165f9081526020819052604081208054909190613f649084906156d3565b925050819055508260035f828254613f7c91906156d3565b90915550506001600160a01b038083169085167f83b5f75e441a9db2d1054d5ef2c5e3c4aac434fbb76c29fc9b11bac21d6400358584613fbc8183615601565b60408051938452602084019290925290820152606001612a81565b60048101545f03613fe6575050565b600e81015460058201545f916140059163ffffffff9182169116615b14565b600483015461401a9163ffffffff169061563b565b905080826011015f82825461402f9190615601565b90915550506009830154613e54906001600160a01b031682613de9565b60098201545f90610100900460ff168015611e065750600983015461408290630100000090046001600160401b031660016156d3565b825461010090046001600160401b0316149392505050565b5f6140a484611dd8565b90506001600160401b0381166140bd60208401846154d0565b6001600160401b03161015806140fa57506140e5611f2e6001600160401b03831660016156d3565b60ff166140f560408401846156e6565b905014155b1561411857604051637ca55c7760e01b815260040160405180910390fd5b60108301546141476020840180359061413190866154d0565b6001600160401b031661224560408701876156e6565b1461377457604051637ca55c7760e01b815260040160405180910390fd5b61416f82826147a1565b6001600160a01b0382165f90815260016020526040812080548392906141969084906156d3565b925050819055508060045f8282546141ae91906156d3565b90915550506040518181526001600160a01b038316907f9f1ec8c880f76798e7b793325d625e9b60e4082a553c98f42b6cda368dd600089060200161260f565b60408051610180810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e0810182905261010081018290526101208101829052610140810182905261016081019190915260408051610180810182526001600160a01b0387168152336020820152600188015491810191909152600287015460608201526003870154608082015260a0810184905260c08101839052600587015460e08201906142bd90600160401b90046001600160401b031687615b30565b6001600160401b0390811682526005890154600160401b81048216602084015263ffffffff600160801b820416604084015260ff600160a01b9091041660608301526008890154600160c01b900416608090910152905095945050505050565b5f828152600a6020526040902081600781111561433c5761433c614c90565b600d82015460ff16600781111561435557614355614c90565b14610f5057600d810154604051630d64047360e21b8152610bf79160ff16906004016154af565b5f868152600a60209081526040808320600b9092528220909180806143aa866143a58c8e613aa8565b6149e8565b919450925090505f6143c66001600160401b038b1660016156d3565b90508315806143e357506143dc6136b58d611dd8565b60ff168814155b806143fd575085601001546143fa83838c8c61461e565b14155b1561441b57604051637ca55c7760e01b815260040160405180910390fd5b61442783828b8b61461e565b6010909601959095556009840180546001600160401b03909a166301000000026affffffffffffffff00ff0019909a169990991761010017909855600c83019790975550600d0194909455505050505050565b8060075f82825461448b9190615601565b925050819055508060065f8282546144a391906156d3565b909155505050565b6009820154610100900460ff1680156144e157506009820154815461010090046001600160401b03908116630100000090920416145b80156144f4575081600d01548160020154145b80156145035750600f82015415155b15613e0a5781600f0154826010015f82825461451f9190615601565b9091555050600f820154613e0a90614984565b60048201545f81900361454457505050565b80836011015f8282546145579190615601565b90915550613e5490508282613de9565b5f5f8243116145a05761457b8360016156d3565b6040516302c32a2d60e01b81526001600160401b039091166004820152602401610bf7565b6101006145ad8443615601565b11156145ef57610100836145c2600143615601565b6145cc9190615601565b6145d69190615628565b6145e29061010061563b565b6145ec90846156d3565b92505b5050804091565b5f5b818160ff166001901b1015614619578061461181615b52565b9150506145f8565b919050565b5f61010082108015614631575083821c15155b156146595760405163177e5bcb60e01b81526004810185905260248101839052604401610bf7565b61257285858585614a2c565b5f61467660408301602084016154d0565b6001600160401b03165f03614716576146926020830183615b67565b61ffff161580156146b957506146ae60608301604084016154d0565b6001600160401b0316155b80156146c757506060820135155b80156146d557506080820135155b80156146e3575060a0820135155b80156146f1575060c0820135155b8015610f505750614709610100830160e084016157bf565b63ffffffff161592915050565b61472660608301604084016154d0565b6001600160401b0316158015906147405750606082013515155b801561475e57506127106147576020840184615b67565b61ffff1611155b8015610f50575060c08201351580610f505750614782610100830160e084016157bf565b63ffffffff16151592915050565b8060065f8282546144a391906156d3565b6001600160a01b0382165f90815260208190526040902054818110156147e45760405163018ac91360e61b81526004810182905260248101839052604401610bf7565b6147ee8282615601565b6001600160a01b0384165f908152602081905260408120919091556003805484929061481b908490615601565b9091555050505050565b6001600160a01b0382165f908152600160205260408120805483929061484c908490615601565b925050819055508060045f8282546148649190615601565b925050819055508060075f82825461487c91906156d3565b9091555050604080518281525f602082018190529181018290526001600160a01b038416907f83b5f75e441a9db2d1054d5ef2c5e3c4aac434fbb76c29fc9b11bac21d6400359060600160405180910390a36040518181527f2076cd8bd7c147f4b7bb2b5e2dd0db46fb74246bc4c4e3ded824202bfff5ca579060200160405180910390a15050565b6001600160a01b0382165f908152602081905260408120805483929061492c9084906156d3565b925050819055508060035f82825461494491906156d3565b90915550506040518181526001600160a01b038316907f9c9e0cdb1670e88302408e5b941dc636f63a3293204694bb68910fcf3d9305f39060200161260f565b8060065f8282546149959190615601565b925050819055508060075f8282546149ad91906156d3565b90915550506040518181527f2076cd8bd7c147f4b7bb2b5e2dd0db46fb74246bc4c4e3ded824202bfff5ca579060200160405180910390a150565b5f8080614a1f8535602087013560408801356060890135614a0c60808b018b6156e6565b614a1960a08d018d6156e6565b8c614ad2565b9250925092509250925092565b5f6040515f815385600182015260205f60218360025afa614a545763832d99055f526004601cfd5b5f519150838360051b8101600183535b80821015614ac757600187168015614a885782356001850152846021850152614a96565b846001850152823560218501525b5060205f60418560025afa614ab25763832d99055f526004601cfd5b5f5193508660011c9650602082019150614a64565b505050949350505050565b5f5f5f614ae58c8c8c8c8c8c8c8c614b54565b9093509150614b3f8c8c8c614b368d828a600881811b62ff00001682821c61ff0016601884811c60ff16919091179190911792901b63ff0000001691909117600792909216600402601c03021b1890565b8c8c8c8c614b54565b90508091505099509950999650505050505050565b5f80600388901c61010086108015614b6d575080861c15155b15614b7e57505f9150819050614bf3565b5f198b03614b9257505f9150819050614bf3565b5f614b9e8c60016156d3565b905061010085108015614bb2575080851c15155b15614bc557505f9250829150614bf39050565b5f614bdb8c614bd68c868d8d614a2c565b614c00565b90506001614beb82848a8a614a2c565b945094505050505b9850989650505050505050565b5f6040516002815383600182015282602182015260205f60418360025afa614c2f5763832d99055f526004601cfd5b50505f5192915050565b5f60208284031215614c49575f5ffd5b5035919050565b80356001600160a01b0381168114614619575f5ffd5b5f5f60408385031215614c77575f5ffd5b82359150614c8760208401614c50565b90509250929050565b634e487b7160e01b5f52602160045260245ffd5b60068110614cb457614cb4614c90565b50565b815160e0820190614cc781614ca4565b808352506001600160401b0360208401511660208301526001600160401b036040840151166040830152606083015160608301526080830151608083015260018060a01b0360a08401511660a083015260c083015160c083015292915050565b61ffff81511682526001600160401b0360208201511660208301526001600160401b036040820151166040830152606081015160608301526080810151608083015260a081015160a083015260c081015160c083015260e0810151613e5460e084018263ffffffff169052565b5f61038082019050614da7828451614d27565b6020830151610100830152604083015161012083015260608301516001600160401b0381166101408401525060808301516001600160401b0381166101608401525060a08301516001600160401b0381166101808401525060c08301516001600160401b0381166101a08401525060e08301518015156101c0840152506101008301518015156101e084015250610120830151801515610200840152506101408301516001600160401b038116610220840152506101608301516001600160401b038116610240840152506101808301516102608301526101a08301516001600160a01b038116610280840152506101c08301516102a08301526101e08301516102c083015261020083015163ffffffff81166102e08401525061022083015163ffffffff811661030084015250610240830151610320830152610260830151610340830152610280909201516103609091015290565b5f5f60408385031215614f0f575f5ffd5b50508035926020909101359150565b5f60a08284031215614f2e575f5ffd5b50919050565b5f5f5f60608486031215614f46575f5ffd5b83359250614f5660208501614c50565b915060408401356001600160401b03811115614f70575f5ffd5b614f7c86828701614f1e565b9150509250925092565b80518252602081015160208301526040810151604083015260608101516060830152608081015160808301526001600160401b0360a08201511660a08301526001600160401b0360c08201511660c083015260e0810151614fef60e084018263ffffffff169052565b50610100810151613e5461010084018260ff169052565b6008811061501657615016614c90565b9052565b5f6103808201905061502d828451614f86565b6020838101518051610120850152908101516101408401526040808201516001600160401b03908116610160860152606080840151821661018087015260808085015183166101a088015260a0948501519092166101c0870152918601516001600160a01b039081166101e08701529186015182166102008601528501511661022084015283015161024083015260c08301516150ce610260840182615006565b5060e08301516001600160401b0390811661028084015261010084015181166102a084015261012084015181166102c0840152610140840151166102e08301526101608301516103008301526101808301516103208301526101a08301516103408301526101c0909201516103609091015290565b5f5f83601f840112615153575f5ffd5b5081356001600160401b03811115615169575f5ffd5b6020830191508360208260051b8501011115615183575f5ffd5b9250929050565b5f60c08284031215614f2e575f5ffd5b5f5f5f5f5f608086880312156151ae575f5ffd5b853594506020860135935060408601356001600160401b038111156151d1575f5ffd5b6151dd88828901615143565b90945092505060608601356001600160401b038111156151fb575f5ffd5b6152078882890161518a565b9150509295509295909350565b5f5f5f5f5f5f5f60a0888a03121561522a575f5ffd5b87359650602088013595506040880135945060608801356001600160401b03811115615254575f5ffd5b6152608a828b01615143565b90955093505060808801356001600160401b0381111561527e575f5ffd5b61528a8a828b01615143565b989b979a50959850939692959293505050565b5f5f604083850312156152ae575f5ffd5b8235915060208301356001600160401b038111156152ca575f5ffd5b6152d685828601614f1e565b9150509250929050565b5f5f5f606084860312156152f2575f5ffd5b505081359360208301359350604090920135919050565b5f5f5f8385036102e081121561531d575f5ffd5b61012081121561532b575f5ffd5b84935061533c86610120870161518a565b92506101006101df1982011215615351575f5ffd5b506101e0840190509250925092565b6001600160401b0381168114614cb4575f5ffd5b61ffff81168114614cb4575f5ffd5b5f5f5f5f5f60a08688031215615397575f5ffd5b85359450602086013593506040860135925060608601356153b781615360565b915060808601356153c781615374565b809150509295509295909350565b5f5f5f5f606085870312156153e8575f5ffd5b843593506153f860208601614c50565b925060408501356001600160401b03811115615412575f5ffd5b61541e87828801615143565b95989497509550505050565b5f5f6020838503121561543b575f5ffd5b82356001600160401b03811115615450575f5ffd5b8301601f81018513615460575f5ffd5b80356001600160401b03811115615475575f5ffd5b856020828401011115615486575f5ffd5b6020919091019590945092505050565b5f602082840312156154a6575f5ffd5b611e0682614c50565b60208101610f508284615006565b602081016154ca83614ca4565b91905290565b5f602082840312156154e0575f5ffd5b8135611e0681615360565b81516001600160a01b031681526101808101602083015161551760208401826001600160a01b03169052565b5060408301516040830152606083015160608301526080830151608083015260a083015160a083015260c083015160c083015260e083015161556460e08401826001600160401b03169052565b506101008301516155816101008401826001600160401b03169052565b5061012083015161559b61012084018263ffffffff169052565b506101408301516155b261014084018260ff169052565b506101608301516155cf6101608401826001600160401b03169052565b5092915050565b5f602082840312156155e6575f5ffd5b5051919050565b634e487b7160e01b5f52601160045260245ffd5b81810381811115610f5057610f506155ed565b634e487b7160e01b5f52601260045260245ffd5b5f8261563657615636615614565b500490565b8082028115828204841417610f5057610f506155ed565b6001600160401b038181168382160190811115610f5057610f506155ed565b5f60208284031215615681575f5ffd5b815160038110611e06575f5ffd5b6040810161569c84614ca4565b9281526020015290565b5f6001600160401b038316806156be576156be615614565b806001600160401b0384160491505092915050565b80820180821115610f5057610f506155ed565b5f5f8335601e198436030181126156fb575f5ffd5b8301803591506001600160401b03821115615714575f5ffd5b6020019150600581901b3603821315615183575f5ffd5b6001600160401b038281168282160390811115610f5057610f506155ed565b5f8261575857615758615614565b500690565b5f63ffffffff821663ffffffff8103615778576157786155ed565b60010192915050565b5f6001600160401b0383168061579957615799615614565b806001600160401b0384160691505092915050565b63ffffffff81168114614cb4575f5ffd5b5f602082840312156157cf575f5ffd5b8135611e06816157ae565b60ff81168114614cb4575f5ffd5b5f602082840312156157f8575f5ffd5b8135611e06816157da565b5f60018201615814576158146155ed565b5060010190565b5f8135610f5081615360565b5f8135610f50816157ae565b5f8135610f50816157da565b8135815560208201356001820155604082013560028201556060820135600382015560808201356004820155600581015f60a084013561587e81615360565b825467ffffffffffffffff19166001600160401b0382161783559050506158d26158aa60c0850161581b565b825467ffffffffffffffff60401b191660409190911b67ffffffffffffffff60401b16178255565b6159056158e160e08501615827565b82805463ffffffff60801b191660809290921b63ffffffff60801b16919091179055565b613e546159156101008501615833565b82805460ff60a01b191660a09290921b60ff60a01b16919091179055565b813581556020820135600182015560028101604083013561595381615360565b815467ffffffffffffffff19166001600160401b03821617825550606083013561597c81615360565b815467ffffffffffffffff60401b1916604082901b67ffffffffffffffff60401b161782555060808301356159b081615360565b815467ffffffffffffffff60801b191660809190911b67ffffffffffffffff60801b161781555f60a08401356159e581615360565b82546001600160c01b031660c09190911b6001600160c01b03191617909155505050565b8135615a1481615374565b61ffff811661ffff1983541617825550615a59615a336020840161581b565b825469ffffffffffffffff0000191660109190911b69ffffffffffffffff000016178255565b615a94615a686040840161581b565b82805467ffffffffffffffff60501b191660509290921b67ffffffffffffffff60501b16919091179055565b606082013560018201556080820135600282015560a0820135600382015560c08201356004820155613e0a615acb60e08401615827565b6005830163ffffffff821663ffffffff198254161781555050565b60208152816020820152818360408301375f818301604090810191909152601f909201601f19160101919050565b63ffffffff8281168282160390811115610f5057610f506155ed565b6001600160401b0381811683821602908116908181146155cf576155cf6155ed565b5f60ff821660ff8103615778576157786155ed565b5f60208284031215615b77575f5ffd5b8135611e068161537456fe0c66915ab1d13caeb6b1ddfe03c0e8b8e9ef88ca063d088cdcd6bcd9733106b5a2646970667358221220c769545025acb25d20f5ed32325eddb73c4297a68d17c399685900e7b5e25d1164736f6c63430008250033",
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
// Solidity: function getAudit(uint256 id) view returns(((uint16,uint64,uint64,uint256,uint256,uint256,uint256,uint32),bytes32,bytes32,uint64,uint64,uint64,uint64,bool,bool,bool,uint64,uint64,bytes32,address,bytes32,bytes32,uint32,uint32,uint256,uint256,uint256))
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
// Solidity: function getAudit(uint256 id) view returns(((uint16,uint64,uint64,uint256,uint256,uint256,uint256,uint32),bytes32,bytes32,uint64,uint64,uint64,uint64,bool,bool,bool,uint64,uint64,bytes32,address,bytes32,bytes32,uint32,uint32,uint256,uint256,uint256))
func (taskMarket *TaskMarket) TryPackGetAudit(id *big.Int) ([]byte, error) {
	return taskMarket.abi.Pack("getAudit", id)
}

// UnpackGetAudit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x17bf37a3.
//
// Solidity: function getAudit(uint256 id) view returns(((uint16,uint64,uint64,uint256,uint256,uint256,uint256,uint32),bytes32,bytes32,uint64,uint64,uint64,uint64,bool,bool,bool,uint64,uint64,bytes32,address,bytes32,bytes32,uint32,uint32,uint256,uint256,uint256))
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
