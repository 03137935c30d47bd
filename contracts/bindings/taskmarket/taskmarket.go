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
	ABI: "[{\"inputs\":[{\"internalType\":\"contractPinpointGame\",\"name\":\"game_\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"unbondingDelay_\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"treasury_\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"winnerShareBps_\",\"type\":\"uint16\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AlreadyAttested\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"max\",\"type\":\"uint32\"}],\"name\":\"AttestersFull\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadConfig\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadProof\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadReveal\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadSecret\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadTask\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"GamePending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"InfoTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"have\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"InsufficientFree\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoAudit\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoSeed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotSolver\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotSubmitter\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pathLength\",\"type\":\"uint256\"}],\"name\":\"ProofIndexTooLarge\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"Reentrant\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SecretAlreadyRevealed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SecretNotRevealed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SeedDrawn\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"atBlock\",\"type\":\"uint64\"}],\"name\":\"SeedNotReady\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SelfChallenge\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SolverCannotAttest\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"releaseAt\",\"type\":\"uint64\"}],\"name\":\"StillUnbonding\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"when\",\"type\":\"uint64\"}],\"name\":\"TooEarly\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"TooLate\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumTaskMarket.AttState\",\"name\":\"have\",\"type\":\"uint8\"}],\"name\":\"WrongAttestation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumTaskMarket.Status\",\"name\":\"have\",\"type\":\"uint8\"}],\"name\":\"WrongStatus\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"info\",\"type\":\"bytes\"}],\"name\":\"Announced\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"attestEnd\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"revealEnd\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"secretEnd\",\"type\":\"uint64\"}],\"name\":\"AttestPhase\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"enumTaskMarket.Outcome\",\"name\":\"outcome\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"}],\"name\":\"AttestationClosed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"game\",\"type\":\"uint256\"}],\"name\":\"AttestationDisputed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"segment\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"endHash\",\"type\":\"bytes32\"}],\"name\":\"AttestationRevealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"game\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"attesterWon\",\"type\":\"bool\"}],\"name\":\"AttestationSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"segment\",\"type\":\"uint64\"}],\"name\":\"Attested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"segment\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"game\",\"type\":\"uint256\"}],\"name\":\"Challenged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Credited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Deposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"game\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"solverWon\",\"type\":\"bool\"}],\"name\":\"DisputeSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"JackpotFunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Locked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"forced\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"segment\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"finders\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"jackpotShare\",\"type\":\"uint256\"}],\"name\":\"SecretRevealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fromBlock\",\"type\":\"uint256\"}],\"name\":\"SeedDrawnEvent\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"winner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"toTreasury\",\"type\":\"uint256\"}],\"name\":\"Slashed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"commitBy\",\"type\":\"uint64\"}],\"name\":\"TaskClaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"enumTaskMarket.Status\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"TaskFinalized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"}],\"name\":\"TaskPosted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"finalRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"windowEnd\",\"type\":\"uint64\"}],\"name\":\"TraceCommitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Unlocked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"releaseAt\",\"type\":\"uint64\"}],\"name\":\"WithdrawalRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_INFO\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SEED_DELAY\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"info\",\"type\":\"bytes\"}],\"name\":\"announce\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"assignment\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"name\":\"attest\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"cancelTask\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"segment\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"startProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"endProof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structTaskMarket.Challenge\",\"name\":\"c\",\"type\":\"tuple\"}],\"name\":\"challenge\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"secretHash\",\"type\":\"bytes32\"}],\"name\":\"claimTask\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"closeAttestation\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"finalRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"initProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"finalProof\",\"type\":\"bytes32[]\"}],\"name\":\"commitTrace\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"secret\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"decoyOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"segment\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"startProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"end\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"endProof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structTaskMarket.Challenge\",\"name\":\"c\",\"type\":\"tuple\"}],\"name\":\"disputeAttestation\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"drawSeed\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"finalize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"fixClaimHash\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"secret\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"claimHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"n\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"bps\",\"type\":\"uint16\"}],\"name\":\"forcedError\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"forced\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"f\",\"type\":\"uint64\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"free\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"game\",\"outputs\":[{\"internalType\":\"contractPinpointGame\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"}],\"name\":\"getAttestation\",\"outputs\":[{\"components\":[{\"internalType\":\"enumTaskMarket.AttState\",\"name\":\"state\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"segment\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"endHash\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"game\",\"type\":\"uint256\"}],\"internalType\":\"structTaskMarket.Attestation\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"getAudit\",\"outputs\":[{\"components\":[{\"components\":[{\"internalType\":\"uint16\",\"name\":\"forcedErrorBps\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"attestWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"revealWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"attestStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"jackpotFee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"jackpot\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"attestFee\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"maxAttesters\",\"type\":\"uint32\"}],\"internalType\":\"structTaskMarket.Audit\",\"name\":\"audit\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"secretHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"claimHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"claimBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"attestEnd\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"revealEnd\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"secretEnd\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"secretRevealed\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"forced\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"solverLost\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"forcedSegment\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"challengedSegment\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"challengedEnd\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"decoy\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"trueLeaf\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"attesters\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"finders\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"jackpotShare\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"jackpotHeld\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"feesHeld\",\"type\":\"uint256\"}],\"internalType\":\"structTaskMarket.AuditState\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"getTask\",\"outputs\":[{\"components\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"specHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"nodesRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateMapRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"initRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"steps\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"interval\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"numNodes\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"stateDepth\",\"type\":\"uint8\"}],\"internalType\":\"structTaskMarket.Spec\",\"name\":\"spec\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"solverStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"challengerBond\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"claimBy\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"commitWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"challengeWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"gameClock\",\"type\":\"uint64\"}],\"internalType\":\"structTaskMarket.Terms\",\"name\":\"terms\",\"type\":\"tuple\"},{\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"},{\"internalType\":\"enumTaskMarket.Status\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"commitBy\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"windowEnd\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"windowLeft\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"commitBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"game\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"finalRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"}],\"internalType\":\"structTaskMarket.Task\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"locked\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"numCheckpoints\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"specHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"nodesRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateMapRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"initRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"steps\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"interval\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"numNodes\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"stateDepth\",\"type\":\"uint8\"}],\"internalType\":\"structTaskMarket.Spec\",\"name\":\"spec\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"solverStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"challengerBond\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"claimBy\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"commitWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"challengeWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"gameClock\",\"type\":\"uint64\"}],\"internalType\":\"structTaskMarket.Terms\",\"name\":\"terms\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint16\",\"name\":\"forcedErrorBps\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"attestWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"revealWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"attestStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"jackpotFee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"jackpot\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"attestFee\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"maxAttesters\",\"type\":\"uint32\"}],\"internalType\":\"structTaskMarket.Audit\",\"name\":\"audit\",\"type\":\"tuple\"}],\"name\":\"postTask\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"requestWithdrawal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"endHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"revealAttestation\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"secret\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"trueLeaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"revealSecret\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"settle\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"}],\"name\":\"settleAttestation\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"taskCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalEscrow\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalFree\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalHeld\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalJackpot\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalLocked\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalUnbonding\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"treasury\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"unbonding\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"releaseAt\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unbondingDelay\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"winnerShareBps\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "TaskMarket",
	Bin: "0x6101006040526001600855348015610015575f5ffd5b506040516156a23803806156a2833981016040819052610034916100bc565b8282826001600160a01b038216158061005257506127108161ffff16115b15610070576040516301f30c8760e21b815260040160405180910390fd5b6001600160401b039092166080526001600160a01b0390811660a05261ffff90911660c0529390931660e05250610129915050565b6001600160a01b03811681146100b9575f5ffd5b50565b5f5f5f5f608085870312156100cf575f5ffd5b84516100da816100a5565b60208601519094506001600160401b03811681146100f6575f5ffd5b6040860151909350610107816100a5565b606086015190925061ffff8116811461011e575f5ffd5b939692955090935050565b60805160a05160c05160e05161551561018d5f395f818161090a015281816112d9015281816118cd0152818161206a01526128a601525f81816108900152613b2501525f81816106e70152613ba201525f8181610a310152612ea801526155155ff3fe608060405260043610610249575f3560e01c80637eec20a811610134578063b6cb58a5116100b3578063cd5e6ff211610078578063cd5e6ff2146109a1578063ced4cd2e146109c0578063d0e30db014610a18578063db7dd35a14610a20578063f43cc77314610a53578063f5b0216114610a67575f5ffd5b8063b6cb58a5146108e4578063c3fe3e28146108f9578063c60e34e31461092c578063c9b5bb171461094b578063cbf9fe5f14610976575f5ffd5b8063a1b49bdc116100f9578063a1b49bdc1461080d578063a3d898441461084b578063a5394c0a14610860578063ac9380d61461087f578063b216706c146108c5575f5ffd5b80637eec20a81461077e578063833b15ca1461079d5780638df82800146107bc57806395d92006146107db5780639ee679e8146107ee575f5ffd5b80633953775a116101cb578063568914121161019057806356891412146106a25780635abf0f19146106b757806361d027b3146106d657806362429fd614610721578063635154c71461074057806379c6f91e1461075f575f5ffd5b80633953775a1461061c5780633ccfd60b1461063b578063461c8cb71461064f5780634a1d0eed1461066e5780635058979314610683575f5ffd5b80631d65e77e116102115780631d65e77e146105855780632ef3dbf5146105b157806331335691146105dd578063333e44e6146105f2578063350fd0be14610607575f5ffd5b806305261aea1461024d57806317131dc71461026e57806317bf37a3146102a357806317e85926146105395780631af7453d14610558575b5f5ffd5b348015610258575f5ffd5b5061026c6102673660046145c6565b610a86565b005b348015610279575f5ffd5b5061028d6102883660046145f3565b610de6565b60405161029a9190614644565b60405180910390f35b3480156102ae575f5ffd5b5061052c6102bd3660046145c6565b60408051610380810182525f61028082018181526102a083018290526102c083018290526102e083018290526103008301829052610320830182905261034083018290526103608301829052825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810182905261012081018290526101408101829052610160810182905261018081018290526101a081018290526101c081018290526101e08101829052610200810182905261022081018290526102408101829052610260810191909152505f908152600b6020818152604092839020835161038081018552815461ffff811661028083019081526001600160401b036201000080840482166102a0860152600160501b90930481166102c085015260018501546102e0850152600285015461030085015260038501546103208501526004850154610340850152600585015463ffffffff90811661036086015291845260068501549584019590955260078401549683019690965260088301548085166060840152600160401b810485166080840152600160801b8104851660a0840152600160c01b9004841660c0830152600983015460ff808216151560e085015261010080830482161515908501529181049091161515610120830152630100000081048416610140830152600160581b9004909216610160830152600a810154610180830152918201546101a0820152600c8201546101c0820152600d8201548084166101e08301526401000000009004909216610200830152600e810154610220830152600f8101546102408301526010015461026082015290565b60405161029a919061470e565b348015610544575f5ffd5b5061026c610553366004614861565b610ebb565b348015610563575f5ffd5b50610577610572366004614897565b611115565b60405190815260200161029a565b348015610590575f5ffd5b506105a461059f3660046145c6565b6113d8565b60405161029a919061497d565b3480156105bc575f5ffd5b506105c5600481565b6040516001600160401b03909116815260200161029a565b3480156105e8575f5ffd5b5061057761100081565b3480156105fd575f5ffd5b5061057760035481565b348015610612575f5ffd5b5061057760055481565b348015610627575f5ffd5b50610577610636366004614861565b6116a2565b348015610646575f5ffd5b5061026c6116f9565b34801561065a575f5ffd5b5061026c6106693660046145f3565b611855565b348015610679575f5ffd5b5061057760075481565b34801561068e575f5ffd5b506105c561069d3660046145c6565b611af5565b3480156106ad575f5ffd5b5061057760045481565b3480156106c2575f5ffd5b5061026c6106d13660046145c6565b611b2a565b3480156106e1575f5ffd5b506107097f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200161029a565b34801561072c575f5ffd5b5061026c61073b366004614aed565b611ba3565b34801561074b575f5ffd5b5061057761075a366004614b76565b611e08565b34801561076a575f5ffd5b5061026c610779366004614bb9565b612174565b348015610789575f5ffd5b5061026c6107983660046145c6565b6125cf565b3480156107a8575f5ffd5b5061026c6107b7366004614c14565b61266f565b3480156107c7575f5ffd5b5061026c6107d63660046145c6565b612895565b6105776107e9366004614c3d565b612b68565b3480156107f9575f5ffd5b5061026c6108083660046145c6565b612e51565b348015610818575f5ffd5b5061082c610827366004614cc0565b612f50565b6040805192151583526001600160401b0390911660208301520161029a565b348015610856575f5ffd5b5061057760065481565b34801561086b575f5ffd5b5061026c61087a366004614d12565b612ff0565b34801561088a575f5ffd5b506108b27f000000000000000000000000000000000000000000000000000000000000000081565b60405161ffff909116815260200161029a565b3480156108d0575f5ffd5b5061026c6108df366004614d67565b61344d565b3480156108ef575f5ffd5b5061057760095481565b348015610904575f5ffd5b506107097f000000000000000000000000000000000000000000000000000000000000000081565b348015610937575f5ffd5b5061026c610946366004614861565b6134ae565b348015610956575f5ffd5b50610577610965366004614dd3565b5f6020819052908152604090205481565b348015610981575f5ffd5b50610577610990366004614dd3565b60016020525f908152604090205481565b3480156109ac575f5ffd5b506105c56109bb3660046145f3565b613620565b3480156109cb575f5ffd5b506109fb6109da366004614dd3565b60026020525f9081526040902080546001909101546001600160401b031682565b604080519283526001600160401b0390911660208301520161029a565b61026c6136b6565b348015610a2b575f5ffd5b506105c57f000000000000000000000000000000000000000000000000000000000000000081565b348015610a5e575f5ffd5b50610577613748565b348015610a72575f5ffd5b5061026c610a813660046145c6565b613785565b5f818152600a60209081526040808320600b9092528220600d8201549192909160ff16906002826007811115610abe57610abe61461d565b1490506003826007811115610ad557610ad561461d565b148015610af1575082546201000090046001600160401b031615155b8015610b025750600983015460ff16155b15610b835760128401545f03610b2b57604051636a35b3b160e11b815260040160405180910390fd5b6008830154600160c01b90046001600160401b03164211610b7b57600883015460405163d606d83f60e01b8152600160c01b9091046001600160401b031660048201526024015b60405180910390fd5b506001610d21565b6003826007811115610b9757610b9761461d565b03610c3657600d840154600160481b90046001600160401b0316421015610be857600d84015460405163d606d83f60e01b8152600160481b9091046001600160401b03166004820152602401610b72565b600d8401805460ff19166005179055600a8401546006850154610c14916001600160a01b0316906139a1565b600a840154600c850154610c31916001600160a01b031690613a64565b610d21565b6002826007811115610c4a57610c4a61461d565b03610c9657600d84015461010090046001600160401b03164211610c3157600d84015460405163d606d83f60e01b81526101009091046001600160401b03166004820152602401610b72565b6001826007811115610caa57610caa61461d565b03610d065760088401546001600160401b03164211610ced57600884015460405163d606d83f60e01b81526001600160401b039091166004820152602401610b72565b600d8401805460ff19166007179055610c318484613a89565b81604051630d64047360e21b8152600401610b729190614dec565b8015610d7b57600d8401805460ff19166006908117909155600a850154908501546009860154610d5e926001600160a01b03908116929116613ad4565b6009840154600c850154610d7b916001600160a01b031690613a64565b6001826007811115610d8f57610d8f61461d565b14610d9e57610d9e8484613c52565b600d84015460405186917f0e9cb48757bd52e4ffd9f48c23c229bbe87f7ff9c8197d305db283fd2e5ddbe891610dd79160ff1690614dec565b60405180910390a25050505050565b6040805160c080820183525f8083526020808401829052838501829052606084018290526080840182905260a08401829052868252600c81528482206001600160a01b038716835290528390208351918201909352825491929091829060ff166004811115610e5757610e5761461d565b6004811115610e6857610e6861461d565b8152815461010090046001600160401b03166020820152600182015460408201526002820154606082015260038201546001600160a01b0316608082015260049091015460a09091015290505b92915050565b5f610ec7836003613cc7565b5f848152600b602052604081208054929350916201000090046001600160401b03169003610f08576040516316a519cf60e31b815260040160405180910390fd5b60128201545f03610f2c57604051636a35b3b160e11b815260040160405180910390fd5b6008810154600160401b90046001600160401b0316421115610f785760088101546040516326b39d0360e11b8152600160401b9091046001600160401b03166004820152602401610b72565b600a8201546001600160a01b03163303610fa5576040516320a553e160e11b815260040160405180910390fd5b5f848152600c60209081526040808320338452909152812090815460ff166004811115610fd457610fd461461d565b14610ff2576040516335d9080560e01b815260040160405180910390fd5b600582015463ffffffff161580159061101d57506005820154600d83015463ffffffff918216911610155b1561104957600582015460405163fa17747b60e01b815263ffffffff9091166004820152602401610b72565b61105933835f0160010154613d26565b600d8201805463ffffffff16905f61107083614e0e565b825463ffffffff9182166101009390930a928302919092021990911617905550805460ff191660011781556110a58533613620565b815468ffffffffffffffff0019166101006001600160401b03928316810291909117808455600184018790556040519190049091168152339086907f53c31612a70c75ddf2fc6aeeda808da5cd6b69c2f80e2e19913f1bca26326725906020015b60405180910390a35050505050565b5f838152600a602052604081206003600d82015460ff16600781111561113d5761113d61461d565b1415801561116457506004600d82015460ff1660078111156111615761116161461d565b14155b1561118b57600d810154604051630d64047360e21b8152610b729160ff1690600401614dec565b5f858152600b602052604090206009015460ff166111bc57604051630bb55aad60e41b815260040160405180910390fd5b5f858152600c602090815260408083206001600160a01b038816845290915290206002815460ff1660048111156111f5576111f561461d565b14611219578054604051635c4ff07d60e01b8152610b729160ff1690600401614e32565b6001600160a01b03851633036112425760405163706cd38160e01b815260040160405180910390fd5b805461010090046001600160401b031661125f6020860186614e45565b6001600160401b031614158061127d57508060020154846060013514155b1561129b57604051637ca55c7760e01b815260040160405180910390fd5b6112a6868386613daf565b6112b7338360060160010154613d26565b8054600360ff1990911681178255810180546001600160a01b031916331790557f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663c7b5c95d611327848861131860208a018a614e45565b89602001358a60600135613e7a565b6040518263ffffffff1660e01b81526004016113439190614e60565b6020604051808303815f875af115801561135f573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906113839190614f4b565b6004820181905560405181815290935033906001600160a01b0387169088907f39f1d859eee8d44d49e1f62ab3cdb1c8393b1649164a079f2ba1e8d05c86284c9060200160405180910390a450509392505050565b6114ca6040805161030081019091525f6101e08201818152610200830182905261022083018290526102408301829052610260830182905261028083018290526102a083018290526102c083018290526102e0830191909152819081526040805160c0810182525f8082526020828101829052928201819052606082018190526080820181905260a082015291019081525f6020820181905260408201819052606082018190526080820181905260a09091019081525f6020820181905260408201819052606082018190526080820181905260a0820181905260c0820181905260e082018190526101009091015290565b5f828152600a602081815260409283902083516103008101855281546101e08201908152600183015461020083015260028301546102208301526003830154610240830152600483015461026083015260058301546001600160401b03808216610280850152600160401b80830482166102a0860152600160801b80840463ffffffff166102c0870152600160a01b90930460ff9081166102e0870152938552885160c08082018b5260068801548252600780890154838b01526008890154808616848e015293840485166060808501919091529584048516608080850191909152600160c01b90940490941660a0808401919091529887019190915260098701546001600160a01b039081169a87019a909a5297860154891692850192909252600b85015490971690830152600c83015493820193909352600d8201549094919385019216908111156116205761162061461d565b60078111156116315761163161461d565b8152600d8201546001600160401b0361010080830482166020850152600160481b830482166040850152600160881b90920481166060840152600e840154166080830152600f83015460a0830152601083015460c0830152601183015460e083015260129092015491015292915050565b6040805160606020808301829052601060808401526f1d995c9a5d1c985a5b8b999bdc98d95960821b60a08085019190915283850196909652908201939093528151808203909401845260c0019052815191012090565b60085460011461171c5760405163769dd35360e11b815260040160405180910390fd5b60026008819055335f908152602091909152604081208054909181900361175657604051630686827b60e51b815260040160405180910390fd5b60018201546001600160401b031642101561179557600182015460405163be8a527b60e01b81526001600160401b039091166004820152602401610b72565b5f808355600580548392906117ab908490614f62565b909155505060405181815233907f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d59060200160405180910390a26040515f90339083908381818185875af1925050503d805f8114611824576040519150601f19603f3d011682016040523d82523d5f602084013e611829565b606091505b505090508061184b576040516312171d8360e31b815260040160405180910390fd5b5050600160085550565b5f828152600c602090815260408083206001600160a01b038516845290915290206003815460ff16600481111561188e5761188e61461d565b146118b2578054604051635c4ff07d60e01b8152610b729160ff1690600401614e32565b600481810154604051633c59405960e01b8152918201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690633c59405990602401602060405180830381865afa15801561191a573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061193e9190614f75565b90505f8160028111156119535761195361461d565b03611971576040516347ca30d160e11b815260040160405180910390fd5b5f848152600a60209081526040808320600b9092529091206003840180546001600160a01b031981169091556001600160a01b031660018460028111156119ba576119ba61461d565b03611a31576119d181846006016001015488613ad4565b845460ff19166002178555600485015460408051918252600160208301526001600160a01b0388169189917f2cf916c51f5ad0fb8350a4ca8c14c6a9167396b0e8fdf9fc3ac04450f999b10591015b60405180910390a350505050505050565b611a428184600601600101546139a1565b611a5386835f016001015483613ad4565b845460ff19166004178555611a688286613fa9565b6009830154611a819083906001600160a01b0316614030565b6004850154604080519182525f60208301526001600160a01b0388169189917f2cf916c51f5ad0fb8350a4ca8c14c6a9167396b0e8fdf9fc3ac04450f999b105910160405180910390a3856001600160a01b0316875f5160206154c05f395f51905f5260045f604051611a20929190614f93565b5f818152600a602052604081206005810154611b23906001600160401b03600160401b820481169116614fbe565b9392505050565b5f818152600b60205260408120600881015490916001600160401b039091169003611b68576040516316a519cf60e31b815260040160405180910390fd5b600781015415611b76575050565b6008810154611b9990611b94906004906001600160401b0316614feb565b614065565b5060079091015550565b5f611baf886002613cc7565b600a8101549091506001600160a01b03163314611bdf5760405163c139eabd60e01b815260040160405180910390fd5b600d81015461010090046001600160401b0316421115611c2757600d8101546040516326b39d0360e11b81526101009091046001600160401b03166004820152602401610b72565b5f611c3189611af5565b90505f611c50611c4b6001600160401b0384166001614feb565b6140f4565b905060ff811686141580611c67575060ff81168414155b15611c8557604051637ca55c7760e01b815260040160405180910390fd5b88611c98845f01600401545f8a8a61411c565b14611cb657604051637ca55c7760e01b815260040160405180910390fd5b88611ccc89846001600160401b0316888861411c565b14611cea57604051637ca55c7760e01b815260040160405180910390fd5b6010830189905560118301889055600e8301805467ffffffffffffffff1916436001600160401b0316179055600d830180546003919060ff191660018302179055505f8a8152600b60205260409020546201000090046001600160401b031615611d5c57611d578a611b2a565b611da4565b6008830154611d7b90600160801b90046001600160401b031642614ffe565b83600d0160096101000a8154816001600160401b0302191690836001600160401b031602179055505b600d830154604080518b8152602081018b9052600160481b9092046001600160401b0316908201528a907f4880cf4e473569797eedc06beb957c5cfcf025eb27a34ae02137ac6c74cf38a0906060015b60405180910390a250505050505050505050565b5f5f611e15846003613cc7565b600a8101549091506001600160a01b03163303611e455760405163706cd38160e01b815260040160405180910390fd5b5f848152600b6020526040902080546201000090046001600160401b0316158015908190611e785750600982015460ff16155b15611e9657604051630bb55aad60e41b815260040160405180910390fd5b600d830154600160481b90046001600160401b03164210611ee157600d8301546040516326b39d0360e11b8152600160481b9091046001600160401b03166004820152602401610b72565b611eec868487613daf565b611ef9604086018661501d565b9050611f08608087018761501d565b905014611f2857604051637ca55c7760e01b815260040160405180910390fd5b6010830154611f686060870135611f426020890189614e45565b611f56906001600160401b03166001614feb565b611f6360808a018a61501d565b61411c565b14611f8657604051637ca55c7760e01b815260040160405180910390fd5b611f97338460060160010154613d26565b600b830180546001600160a01b03191633179055600d830154611fcc9042906001600160401b03600160481b90910416615062565b600d8401805460046001600160401b0393909316600160881b0260ff191678ffffffffffffffff00000000000000000000000000000000ff1990911617919091179055801561205b576120226020860186614e45565b6009830180546001600160401b0392909216600160581b0267ffffffffffffffff60581b199092169190911790556060850135600a8301555b600a8301546001600160a01b037f000000000000000000000000000000000000000000000000000000000000000081169163c7b5c95d916120b5918791166120a660208b018b614e45565b8a602001358b60600135613e7a565b6040518263ffffffff1660e01b81526004016120d19190614e60565b6020604051808303815f875af11580156120ed573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906121119190614f4b565b600f8401819055935033867fcb4b8225c38c94710fe444a319f5396178a9da159dccf38a4b831fa1b8a5348b61214a6020890189614e45565b604080516001600160401b039092168252602082018990520160405180910390a350505092915050565b5f612180866003613cc7565b5f878152600b60205260409020600a820154919250906001600160a01b031633146121be5760405163c139eabd60e01b815260040160405180910390fd5b80546201000090046001600160401b03165f036121ee576040516316a519cf60e31b815260040160405180910390fd5b600981015460ff1615612214576040516375dde69b60e01b815260040160405180910390fd5b60128201545f0361223857604051636a35b3b160e11b815260040160405180910390fd5b6008810154600160801b90046001600160401b0316421161228357600881015460405163d606d83f60e01b8152600160801b9091046001600160401b03166004820152602401610b72565b6008810154600160c01b90046001600160401b03164211156122cf5760088101546040516326b39d0360e11b8152600160c01b9091046001600160401b03166004820152602401610b72565b600681015460408051602081018990520160405160208183030381529060405280519060200120146123145760405163e1dcd59760e01b815260040160405180910390fd5b60098101805460ff191660011790555f61232d88611af5565b600783015483549192505f91829161234f918b91908d90879061ffff16612f50565b91509150811561251e575f6123648a8c6116a2565b90505f61237b6001600160401b0384166001614feb565b9050612394611c4b6001600160401b0387166001614feb565b60ff16881415806123b4575086601001546123b183838c8c61411c565b14155b156123d257604051637ca55c7760e01b815260040160405180910390fd5b6123de8a828b8b61411c565b60108801556009860180546001600160401b038516630100000081026affffffffffffffff00ff00199092169190911761010017909155600b8701839055600c87018b90555f8d8152600d6020908152604080832081519283019490945281018d9052909190829060600160408051601f198184030181529181528151602092830120835290820192909252015f90812054600d8901805464010000000063ffffffff90931692830267ffffffff000000001990911617905560075460038a0154919350116124af576007546124b5565b60038801545b905063ffffffff8216158015906124cb57508015155b15612519575f6124e163ffffffff841683615081565b600e8a0181905590506124fa63ffffffff841682615094565b600f8a015561251761251263ffffffff851683615094565b61416c565b505b505050505b600885015461253d90600160801b90046001600160401b031642614ffe565b600d868101805467ffffffffffffffff60481b1916600160481b6001600160401b0394851602179055601087015490860154600e8701546040805187151581529486166020860152840192909252640100000000900463ffffffff16606083015260808201528a907f2a2a2902bce4eaf054060d8d29c95c64d13b94f82b85bb9376f418c3134a46339060a001611df4565b5f6125db826001613cc7565b60098101549091506001600160a01b0316331461260b576040516331511a2160e21b815260040160405180910390fd5b600d8101805460ff191660071790555f828152600b60205260409020612632908290613a89565b817f0e9cb48757bd52e4ffd9f48c23c229bbe87f7ff9c8197d305db283fd2e5ddbe860076040516126639190614dec565b60405180910390a25050565b5f838152600b60209081526040808320600c83528184203385529092529091206001815460ff1660048111156126a7576126a761461d565b146126cb578054604051635c4ff07d60e01b8152610b729160ff1690600401614e32565b6008820154600160401b90046001600160401b0316421161271657600882015460405163d606d83f60e01b8152600160401b9091046001600160401b03166004820152602401610b72565b6008820154600160801b90046001600160401b03164211156127625760088201546040516326b39d0360e11b8152600160801b9091046001600160401b03166004820152602401610b72565b600181015460408051602081018890523391810191909152606081018690526080810185905260a00160405160208183030381529060405280519060200120146127bf57604051638ff14e0d60e01b815260040160405180910390fd5b6002818101859055815460ff1916178082555f868152600d6020908152604080832081516101009095046001600160401b031685840152848201899052815180860383018152606090950182528451948301949094208352929052908120805463ffffffff169161282f83614e0e565b825461010092830a63ffffffff81810219909216929091160217909155825460408051929091046001600160401b031682526020820187905233925087917fbf6c60af379ac044ddd6f443bbbd180330c08caf9a7e0634d1aceaa5ca6e79a19101611106565b5f6128a1826004613cc7565b90505f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316633c59405983600f01546040518263ffffffff1660e01b81526004016128f691815260200190565b602060405180830381865afa158015612911573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906129359190614f75565b90505f81600281111561294a5761294a61461d565b03612968576040516347ca30d160e11b815260040160405180910390fd5b600b820180546001600160a01b031981169091556001600160a01b031660018260028111156129995761299961461d565b03612a5d576007830154600a8401546129bc9183916001600160a01b0316613ad4565b600d8301805460ff1916600317908190556129e8906001600160401b03600160881b9091041642614ffe565b600d840180546001600160401b0392909216600160481b0267ffffffffffffffff60481b19909216919091179055600f830154604080519182526001602083015285917fd4390d9b1eae30d53d6e598d7eba50e60f3ea18310ca83e7919e3df177bb05ca91015b60405180910390a250505050565b612a6e8184600601600101546139a1565b600a8301546006840154612a8c916001600160a01b03169083613ad4565b600d8301805460ff191660061790556009830154600c840154612ab8916001600160a01b031690613a64565b5f848152600b6020526040902080546201000090046001600160401b031615612af85760098101805462ff0000191662010000179055612af88482613c52565b600f840154604080519182525f602083015286917fd4390d9b1eae30d53d6e598d7eba50e60f3ea18310ca83e7919e3df177bb05ca910160405180910390a2847f0e9cb48757bd52e4ffd9f48c23c229bbe87f7ff9c8197d305db283fd2e5ddbe86006604051610dd79190614dec565b5f612b7960c0850160a08601614e45565b6001600160401b03161580612ba45750612b9960e0850160c08601614e45565b6001600160401b0316155b80612be05750612bba60e0850160c08601614e45565b612bca60c0860160a08701614e45565b612bd491906150ab565b6001600160401b031615155b80612bff5750612bf7610100850160e086016150e9565b63ffffffff16155b80612c1c5750612c1761012085016101008601615112565b60ff16155b80612c3f575042612c336060850160408601614e45565b6001600160401b031611155b80612c605750612c556080840160608501614e45565b6001600160401b0316155b80612c815750612c7660a0840160808501614e45565b6001600160401b0316155b80612ca25750612c9760c0840160a08501614e45565b6001600160401b0316155b80612cac57508235155b80612cb957506020830135155b80612cca5750612cc88261419d565b155b15612ce857604051631a4878ed60e21b815260040160405180910390fd5b5f612cfa610100840160e085016150e9565b612d0e9063ffffffff1660c0850135615094565b90505f612d1f826080860135614feb565b9050803411612d4157604051631a4878ed60e21b815260040160405180910390fd5b60095f8154612d4f9061512d565b91829055505f818152600a602052604090209093508681612d708282615169565b5086905060068201612d82828261525d565b50506009810180546001600160a01b03191633179055612da28234614f62565b600c820155600d8101805460ff19166001179055612dc66040860160208701614e45565b6001600160401b031615612df6575f848152600b602052604090208581612ded8282615333565b50506010018390555b612dff346142c8565b336001600160a01b0316847f33f4af5c11d435f2d84cdbecf888cfe4d02d49024a90a6bf441b9ec7cddd389383600c0154604051612e3f91815260200190565b60405180910390a35050509392505050565b805f03612e7157604051631f2a200560e01b815260040160405180910390fd5b612e7b33826142d9565b335f908152600260205260408120805490918391839190612e9d908490614feb565b90915550612ecd90507f000000000000000000000000000000000000000000000000000000000000000042614ffe565b816001015f6101000a8154816001600160401b0302191690836001600160401b031602179055508160055f828254612f059190614feb565b90915550506001810154604080518481526001600160401b03909216602083015233917fbf6730b5b5d9fd45cdb42f69910317da629fd6e12b3ab41aa1708cd916385dfc9101612663565b604080516020808201889052818301879052606080830187905283518084039091018152608090920190925280519101205f90819060026001600160401b0386161080612fac575061ffff8416612fa961271083615410565b10155b15612fbd575f5f9250925050612fe6565b6001612fc98187615062565b612fe0906001600160401b0316608084901c615410565b92509250505b9550959350505050565b5f848152600a60209081526040808320600b8352818420600c84528285206001600160a01b03891686529093529220805460018084015460ff90921691908260048111156130405761304061461d565b036130fa576008840154600160801b90046001600160401b0316421161309057600884015460405163d606d83f60e01b8152600160801b9091046001600160401b03166004820152602401610b72565b825460ff191660041783556130a5888261435d565b60098501546130be9085906001600160a01b0316614030565b876001600160a01b0316895f5160206154c05f395f51905f5260015f6040516130e8929190614f93565b60405180910390a35050505050613447565b600282600481111561310e5761310e61461d565b1461312e5781604051635c4ff07d60e01b8152600401610b729190614e32565b6005600d86015460ff1660078111156131495761314961461d565b1415801561317057506006600d86015460ff16600781111561316d5761316d61461d565b14155b1561319757600d850154604051630d64047360e21b8152610b729160ff1690600401614dec565b825460ff19166004178084556002840154600986015490916001600160401b036101009182900416915f9160ff91041680156131e9575060098701546001600160401b03838116630100000090920416145b80156131f8575086600b015483145b156132055750600261324d565b600987015462010000900460ff168015613235575060098701546001600160401b03838116600160581b90920416145b8015613244575086600a015483145b1561324d575060035b5f8160048111156132605761326061461d565b146132d05761326f8b8561435d565b6132798787613fa9565b60098801546132929088906001600160a01b0316614030565b8a6001600160a01b03168c5f5160206154c05f395f51905f52835f6040516132bb929190614f93565b60405180910390a35050505050505050613447565b6132da8b856139a1565b60098701545f90610100900460ff16801561330b575060098801546001600160401b03848116630100000090920416145b801561331a575087600c015484145b80156133295750600e88015415155b156133585787600e015490508088600f015f8282546133489190614f62565b9091555061335890508c82613a64565b5f6005600d8b015460ff1660078111156133745761337461461d565b1480156133a2575061339c6133888f611af5565b611c4b906001600160401b03166001614feb565b60ff168b145b80156133cf575060108a01546133cd866133c66001600160401b0388166001614feb565b8f8f61411c565b145b905080156133e95760048901546133e69083614feb565b91505b61340b89826134055760098c01546001600160a01b0316614030565b8e614030565b8c6001600160a01b03168e5f5160206154c05f395f51905f528585604051613434929190614f93565b60405180910390a3505050505050505050505b50505050565b61100081111561347357604051636a2391f360e01b815260048101829052602401610b72565b336001600160a01b03167fec9a425858ffeca7fc39ad4c59c2e319844d66db9301bfcc3ecc875aa0222fde8383604051612663929190615423565b5f6134ba836001613cc7565b60088101549091506001600160401b03164211156134fc5760088101546040516326b39d0360e11b81526001600160401b039091166004820152602401610b72565b61350c33826006015f0154613d26565b600a810180546001600160a01b03191633179055600d81018054600260ff19909116179055600881015461355090600160401b90046001600160401b031642614ffe565b600d8201805468ffffffffffffffff0019166101006001600160401b03938416021790555f848152600b60205260409020805490916201000090910416156135cf576006810183905560088101805467ffffffffffffffff1916436001600160401b03161790556002810154156135cf5760028101546135cf9061443d565b600d8201546040516101009091046001600160401b03168152339085907f6be644a86012e6646e6c5966df8cf83b4260d034ec9ad6f1e946bb7c818c0687906020015b60405180910390a350505050565b5f828152600a602052604081206012810154820361365157604051636a35b3b160e11b815260040160405180910390fd5b61365a84611af5565b6001600160401b031681601201548460405160200161368c9291909182526001600160a01b0316602082015260400190565b604051602081830303815290604052805190602001205f1c6136ae9190615410565b949350505050565b345f036136d657604051631f2a200560e01b815260040160405180910390fd5b335f90815260208190526040812080543492906136f4908490614feb565b925050819055503460035f82825461370c9190614feb565b909155505060405134815233907f2da466a7b24304f47e87fa2e1e5a81b9831ce54fec19055ce277ca2f39ba42c49060200160405180910390a2565b5f6007546006546005546004546003546137629190614feb565b61376c9190614feb565b6137769190614feb565b6137809190614feb565b905090565b5f818152600a60205260408120600e81015490916001600160401b0390911690036137cc57600d810154604051630d64047360e21b8152610b729160ff1690600401614dec565b6012810154156137ef576040516350dcbf5560e11b815260040160405180910390fd5b600e8101545f9061380f90611b94906004906001600160401b0316614feb565b60128401829055604080519283526020830182905290925084917f114b760dd38ed0828bbdc5dbfe4d5b474ac0e3df57c59a143e0408131f1b5168910160405180910390a25f838152600b6020526040902080546201000090046001600160401b031615613447578054613892906201000090046001600160401b031642614ffe565b60088201805467ffffffffffffffff60401b1916600160401b6001600160401b039384168102919091179182905583546138db93600160501b9091048116929190910416614ffe565b60088201805467ffffffffffffffff60801b1916600160801b6001600160401b0393841681029190911791829055835461392493600160501b9091048116929190910416614ffe565b6008820180546001600160c01b0316600160c01b6001600160401b039384168102919091179182905560408051600160401b840485168152600160801b840485166020820152919092049092169082015284907f1a129404a23be4221b5fee27668abbd6d51fcb4d26a3e801dfe4fb1472e2298490606001612a4f565b6001600160a01b0382165f90815260016020526040812080548392906139c8908490614f62565b925050819055508060045f8282546139e09190614f62565b90915550506001600160a01b0382165f9081526020819052604081208054839290613a0c908490614feb565b925050819055508060035f828254613a249190614feb565b90915550506040518181526001600160a01b038316907f0f0bc5b519ddefdd8e5f9e6423433aa2b869738de2ae34d58ebc796fc749fa0d90602001612663565b8060065f828254613a759190614f62565b90915550613a85905082826144a1565b5050565b60108101546002820154600c8401545f9291613aa491614feb565b613aae9190614feb565b5f60108401556009840154909150613acf906001600160a01b031682613a64565b505050565b6001600160a01b0383165f9081526001602052604081208054849290613afb908490614f62565b925050819055508160045f828254613b139190614f62565b909155505f9050612710613b4b61ffff7f00000000000000000000000000000000000000000000000000000000000000001685615094565b613b559190615081565b9050805f5f846001600160a01b03166001600160a01b031681526020019081526020015f205f828254613b889190614feb565b90915550613b9890508184614f62565b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000165f9081526020819052604081208054909190613bdf908490614feb565b925050819055508260035f828254613bf79190614feb565b90915550506001600160a01b038083169085167f83b5f75e441a9db2d1054d5ef2c5e3c4aac434fbb76c29fc9b11bac21d6400358584613c378183614f62565b60408051938452602084019290925290820152606001613612565b60048101545f03613c61575050565b600d81015460058201545f91613c809163ffffffff9182169116615451565b6004830154613c959163ffffffff1690615094565b905080826010015f828254613caa9190614f62565b90915550506009830154613acf906001600160a01b031682613a64565b5f828152600a60205260409020816007811115613ce657613ce661461d565b600d82015460ff166007811115613cff57613cff61461d565b14610eb557600d810154604051630d64047360e21b8152610b729160ff1690600401614dec565b613d3082826142d9565b6001600160a01b0382165f9081526001602052604081208054839290613d57908490614feb565b925050819055508060045f828254613d6f9190614feb565b90915550506040518181526001600160a01b038316907f9f1ec8c880f76798e7b793325d625e9b60e4082a553c98f42b6cda368dd6000890602001612663565b5f613db984611af5565b90506001600160401b038116613dd26020840184614e45565b6001600160401b0316101580613e0f5750613dfa611c4b6001600160401b0383166001614feb565b60ff16613e0a604084018461501d565b905014155b15613e2d57604051637ca55c7760e01b815260040160405180910390fd5b6010830154613e5c60208401803590613e469086614e45565b6001600160401b0316611f63604087018761501d565b1461344757604051637ca55c7760e01b815260040160405180910390fd5b60408051610180810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e0810182905261010081018290526101208101829052610140810182905261016081019190915260408051610180810182526001600160a01b0387168152336020820152600188015491810191909152600287015460608201526003870154608082015260a0810184905260c08101839052600587015460e0820190613f4990600160401b90046001600160401b03168761546d565b6001600160401b0390811682526005890154600160401b81048216602084015263ffffffff600160801b820416604084015260ff600160a01b9091041660608301526008890154600160c01b900416608090910152905095945050505050565b6009820154610100900460ff168015613fdf57506009820154815461010090046001600160401b03908116630100000090920416145b8015613ff2575081600c01548160020154145b80156140015750600e82015415155b15613a855781600e015482600f015f82825461401d9190614f62565b9091555050600e820154613a859061443d565b60048201545f81900361404257505050565b80836010015f8282546140559190614f62565b90915550613acf90508282613a64565b5f5f82431161409e57614079836001614feb565b6040516302c32a2d60e01b81526001600160401b039091166004820152602401610b72565b6101006140ab8443614f62565b11156140ed57610100836140c0600143614f62565b6140ca9190614f62565b6140d49190615081565b6140e090610100615094565b6140ea9084614feb565b92505b5050804091565b5f5b818160ff166001901b1015614117578061410f8161548f565b9150506140f6565b919050565b5f6101008210801561412f575083821c15155b156141575760405163177e5bcb60e01b81526004810185905260248101839052604401610b72565b61416385858585614520565b95945050505050565b8060075f82825461417d9190614f62565b925050819055508060065f8282546141959190614feb565b909155505050565b5f6141ae6040830160208401614e45565b6001600160401b03165f0361424e576141ca60208301836154a4565b61ffff161580156141f157506141e66060830160408401614e45565b6001600160401b0316155b80156141ff57506060820135155b801561420d57506080820135155b801561421b575060a0820135155b8015614229575060c0820135155b8015610eb55750614241610100830160e084016150e9565b63ffffffff161592915050565b61425e6060830160408401614e45565b6001600160401b0316158015906142785750606082013515155b8015614296575061271061428f60208401846154a4565b61ffff1611155b8015610eb5575060c08201351580610eb557506142ba610100830160e084016150e9565b63ffffffff16151592915050565b8060065f8282546141959190614feb565b6001600160a01b0382165f908152602081905260409020548181101561431c5760405163018ac91360e61b81526004810182905260248101839052604401610b72565b6143268282614f62565b6001600160a01b0384165f9081526020819052604081209190915560038054849290614353908490614f62565b9091555050505050565b6001600160a01b0382165f9081526001602052604081208054839290614384908490614f62565b925050819055508060045f82825461439c9190614f62565b925050819055508060075f8282546143b49190614feb565b9091555050604080518281525f602082018190529181018290526001600160a01b038416907f83b5f75e441a9db2d1054d5ef2c5e3c4aac434fbb76c29fc9b11bac21d6400359060600160405180910390a36040518181527f2076cd8bd7c147f4b7bb2b5e2dd0db46fb74246bc4c4e3ded824202bfff5ca579060200160405180910390a15050565b8060065f82825461444e9190614f62565b925050819055508060075f8282546144669190614feb565b90915550506040518181527f2076cd8bd7c147f4b7bb2b5e2dd0db46fb74246bc4c4e3ded824202bfff5ca579060200160405180910390a150565b6001600160a01b0382165f90815260208190526040812080548392906144c8908490614feb565b925050819055508060035f8282546144e09190614feb565b90915550506040518181526001600160a01b038316907f9c9e0cdb1670e88302408e5b941dc636f63a3293204694bb68910fcf3d9305f390602001612663565b5f6040515f815385600182015260205f60218360025afa6145485763832d99055f526004601cfd5b5f519150838360051b8101600183535b808210156145bb5760018716801561457c578235600185015284602185015261458a565b846001850152823560218501525b5060205f60418560025afa6145a65763832d99055f526004601cfd5b5f5193508660011c9650602082019150614558565b505050949350505050565b5f602082840312156145d6575f5ffd5b5035919050565b80356001600160a01b0381168114614117575f5ffd5b5f5f60408385031215614604575f5ffd5b82359150614614602084016145dd565b90509250929050565b634e487b7160e01b5f52602160045260245ffd5b600581106146415761464161461d565b50565b815160c082019061465481614631565b808352506001600160401b036020840151166020830152604083015160408301526060830151606083015260018060a01b03608084015116608083015260a083015160a083015292915050565b61ffff81511682526001600160401b0360208201511660208301526001600160401b036040820151166040830152606081015160608301526080810151608083015260a081015160a083015260c081015160c083015260e0810151613acf60e084018263ffffffff169052565b5f610360820190506147218284516146a1565b6020830151610100830152604083015161012083015260608301516001600160401b0381166101408401525060808301516001600160401b0381166101608401525060a08301516001600160401b0381166101808401525060c08301516001600160401b0381166101a08401525060e08301518015156101c0840152506101008301518015156101e084015250610120830151801515610200840152506101408301516001600160401b038116610220840152506101608301516001600160401b038116610240840152506101808301516102608301526101a08301516102808301526101c08301516102a08301526101e083015163ffffffff81166102c08401525061020083015163ffffffff81166102e084015250610220830151610300830152610240830151610320830152610260909201516103409091015290565b5f5f60408385031215614872575f5ffd5b50508035926020909101359150565b5f60a08284031215614891575f5ffd5b50919050565b5f5f5f606084860312156148a9575f5ffd5b833592506148b9602085016145dd565b915060408401356001600160401b038111156148d3575f5ffd5b6148df86828701614881565b9150509250925092565b80518252602081015160208301526040810151604083015260608101516060830152608081015160808301526001600160401b0360a08201511660a08301526001600160401b0360c08201511660c083015260e081015161495260e084018263ffffffff169052565b50610100810151613acf61010084018260ff169052565b600881106149795761497961461d565b9052565b5f610380820190506149908284516148e9565b6020838101518051610120850152908101516101408401526040808201516001600160401b03908116610160860152606080840151821661018087015260808085015183166101a088015260a0948501519092166101c0870152918601516001600160a01b039081166101e08701529186015182166102008601528501511661022084015283015161024083015260c0830151614a31610260840182614969565b5060e08301516001600160401b0390811661028084015261010084015181166102a084015261012084015181166102c0840152610140840151166102e08301526101608301516103008301526101808301516103208301526101a08301516103408301526101c0909201516103609091015290565b5f5f83601f840112614ab6575f5ffd5b5081356001600160401b03811115614acc575f5ffd5b6020830191508360208260051b8501011115614ae6575f5ffd5b9250929050565b5f5f5f5f5f5f5f60a0888a031215614b03575f5ffd5b87359650602088013595506040880135945060608801356001600160401b03811115614b2d575f5ffd5b614b398a828b01614aa6565b90955093505060808801356001600160401b03811115614b57575f5ffd5b614b638a828b01614aa6565b989b979a50959850939692959293505050565b5f5f60408385031215614b87575f5ffd5b8235915060208301356001600160401b03811115614ba3575f5ffd5b614baf85828601614881565b9150509250929050565b5f5f5f5f5f60808688031215614bcd575f5ffd5b85359450602086013593506040860135925060608601356001600160401b03811115614bf7575f5ffd5b614c0388828901614aa6565b969995985093965092949392505050565b5f5f5f60608486031215614c26575f5ffd5b505081359360208301359350604090920135919050565b5f5f5f8385036102e0811215614c51575f5ffd5b610120811215614c5f575f5ffd5b84935060c061011f1982011215614c74575f5ffd5b610120850192506101006101df1982011215614c8e575f5ffd5b506101e0840190509250925092565b6001600160401b0381168114614641575f5ffd5b61ffff81168114614641575f5ffd5b5f5f5f5f5f60a08688031215614cd4575f5ffd5b8535945060208601359350604086013592506060860135614cf481614c9d565b91506080860135614d0481614cb1565b809150509295509295909350565b5f5f5f5f60608587031215614d25575f5ffd5b84359350614d35602086016145dd565b925060408501356001600160401b03811115614d4f575f5ffd5b614d5b87828801614aa6565b95989497509550505050565b5f5f60208385031215614d78575f5ffd5b82356001600160401b03811115614d8d575f5ffd5b8301601f81018513614d9d575f5ffd5b80356001600160401b03811115614db2575f5ffd5b856020828401011115614dc3575f5ffd5b6020919091019590945092505050565b5f60208284031215614de3575f5ffd5b611b23826145dd565b60208101610eb58284614969565b634e487b7160e01b5f52601160045260245ffd5b5f63ffffffff821663ffffffff8103614e2957614e29614dfa565b60010192915050565b60208101614e3f83614631565b91905290565b5f60208284031215614e55575f5ffd5b8135611b2381614c9d565b81516001600160a01b0316815261018081016020830151614e8c60208401826001600160a01b03169052565b5060408301516040830152606083015160608301526080830151608083015260a083015160a083015260c083015160c083015260e0830151614ed960e08401826001600160401b03169052565b50610100830151614ef66101008401826001600160401b03169052565b50610120830151614f1061012084018263ffffffff169052565b50610140830151614f2761014084018260ff169052565b50610160830151614f446101608401826001600160401b03169052565b5092915050565b5f60208284031215614f5b575f5ffd5b5051919050565b81810381811115610eb557610eb5614dfa565b5f60208284031215614f85575f5ffd5b815160038110611b23575f5ffd5b60408101614fa084614631565b9281526020015290565b634e487b7160e01b5f52601260045260245ffd5b5f6001600160401b03831680614fd657614fd6614faa565b806001600160401b0384160491505092915050565b80820180821115610eb557610eb5614dfa565b6001600160401b038181168382160190811115610eb557610eb5614dfa565b5f5f8335601e19843603018112615032575f5ffd5b8301803591506001600160401b0382111561504b575f5ffd5b6020019150600581901b3603821315614ae6575f5ffd5b6001600160401b038281168282160390811115610eb557610eb5614dfa565b5f8261508f5761508f614faa565b500490565b8082028115828204841417610eb557610eb5614dfa565b5f6001600160401b038316806150c3576150c3614faa565b806001600160401b0384160691505092915050565b63ffffffff81168114614641575f5ffd5b5f602082840312156150f9575f5ffd5b8135611b23816150d8565b60ff81168114614641575f5ffd5b5f60208284031215615122575f5ffd5b8135611b2381615104565b5f6001820161513e5761513e614dfa565b5060010190565b5f8135610eb581614c9d565b5f8135610eb5816150d8565b5f8135610eb581615104565b8135815560208201356001820155604082013560028201556060820135600382015560808201356004820155600581015f60a08401356151a881614c9d565b825467ffffffffffffffff19166001600160401b0382161783559050506151fc6151d460c08501615145565b825467ffffffffffffffff60401b191660409190911b67ffffffffffffffff60401b16178255565b61522f61520b60e08501615151565b82805463ffffffff60801b191660809290921b63ffffffff60801b16919091179055565b613acf61523f610100850161515d565b82805460ff60a01b191660a09290921b60ff60a01b16919091179055565b813581556020820135600182015560028101604083013561527d81614c9d565b815467ffffffffffffffff19166001600160401b0382161782555060608301356152a681614c9d565b815467ffffffffffffffff60401b1916604082901b67ffffffffffffffff60401b161782555060808301356152da81614c9d565b815467ffffffffffffffff60801b191660809190911b67ffffffffffffffff60801b161781555f60a084013561530f81614c9d565b82546001600160c01b031660c09190911b6001600160c01b03191617909155505050565b813561533e81614cb1565b61ffff811661ffff198354161782555061538361535d60208401615145565b825469ffffffffffffffff0000191660109190911b69ffffffffffffffff000016178255565b6153be61539260408401615145565b82805467ffffffffffffffff60501b191660509290921b67ffffffffffffffff60501b16919091179055565b606082013560018201556080820135600282015560a0820135600382015560c08201356004820155613a856153f560e08401615151565b6005830163ffffffff821663ffffffff198254161781555050565b5f8261541e5761541e614faa565b500690565b60208152816020820152818360408301375f818301604090810191909152601f909201601f19160101919050565b63ffffffff8281168282160390811115610eb557610eb5614dfa565b6001600160401b038181168382160290811690818114614f4457614f44614dfa565b5f60ff821660ff8103614e2957614e29614dfa565b5f602082840312156154b4575f5ffd5b8135611b2381614cb156fe0c66915ab1d13caeb6b1ddfe03c0e8b8e9ef88ca063d088cdcd6bcd9733106b5a2646970667358221220808cdc0e634031b33a427c19dad9e40434a8d2e57fcb70859cb6926fdc23b4d264736f6c63430008250033",
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

// PackDecoyOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3953775a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decoyOf(bytes32 secret, uint256 id) pure returns(bytes32)
func (taskMarket *TaskMarket) PackDecoyOf(secret [32]byte, id *big.Int) []byte {
	enc, err := taskMarket.abi.Pack("decoyOf", secret, id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecoyOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3953775a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decoyOf(bytes32 secret, uint256 id) pure returns(bytes32)
func (taskMarket *TaskMarket) TryPackDecoyOf(secret [32]byte, id *big.Int) ([]byte, error) {
	return taskMarket.abi.Pack("decoyOf", secret, id)
}

// UnpackDecoyOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3953775a.
//
// Solidity: function decoyOf(bytes32 secret, uint256 id) pure returns(bytes32)
func (taskMarket *TaskMarket) UnpackDecoyOf(data []byte) ([32]byte, error) {
	out, err := taskMarket.abi.Unpack("decoyOf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
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
// Solidity: function getAttestation(uint256 id, address attester) view returns((uint8,uint64,bytes32,bytes32,address,uint256))
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
// Solidity: function getAttestation(uint256 id, address attester) view returns((uint8,uint64,bytes32,bytes32,address,uint256))
func (taskMarket *TaskMarket) TryPackGetAttestation(id *big.Int, attester common.Address) ([]byte, error) {
	return taskMarket.abi.Pack("getAttestation", id, attester)
}

// UnpackGetAttestation is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x17131dc7.
//
// Solidity: function getAttestation(uint256 id, address attester) view returns((uint8,uint64,bytes32,bytes32,address,uint256))
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
// Solidity: function getAudit(uint256 id) view returns(((uint16,uint64,uint64,uint256,uint256,uint256,uint256,uint32),bytes32,bytes32,uint64,uint64,uint64,uint64,bool,bool,bool,uint64,uint64,bytes32,bytes32,bytes32,uint32,uint32,uint256,uint256,uint256))
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
// Solidity: function getAudit(uint256 id) view returns(((uint16,uint64,uint64,uint256,uint256,uint256,uint256,uint32),bytes32,bytes32,uint64,uint64,uint64,uint64,bool,bool,bool,uint64,uint64,bytes32,bytes32,bytes32,uint32,uint32,uint256,uint256,uint256))
func (taskMarket *TaskMarket) TryPackGetAudit(id *big.Int) ([]byte, error) {
	return taskMarket.abi.Pack("getAudit", id)
}

// UnpackGetAudit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x17bf37a3.
//
// Solidity: function getAudit(uint256 id) view returns(((uint16,uint64,uint64,uint256,uint256,uint256,uint256,uint32),bytes32,bytes32,uint64,uint64,uint64,uint64,bool,bool,bool,uint64,uint64,bytes32,bytes32,bytes32,uint32,uint32,uint256,uint256,uint256))
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
// the contract method with ID 0x79c6f91e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revealSecret(uint256 id, bytes32 secret, bytes32 trueLeaf, bytes32[] proof) returns()
func (taskMarket *TaskMarket) PackRevealSecret(id *big.Int, secret [32]byte, trueLeaf [32]byte, proof [][32]byte) []byte {
	enc, err := taskMarket.abi.Pack("revealSecret", id, secret, trueLeaf, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevealSecret is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79c6f91e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revealSecret(uint256 id, bytes32 secret, bytes32 trueLeaf, bytes32[] proof) returns()
func (taskMarket *TaskMarket) TryPackRevealSecret(id *big.Int, secret [32]byte, trueLeaf [32]byte, proof [][32]byte) ([]byte, error) {
	return taskMarket.abi.Pack("revealSecret", id, secret, trueLeaf, proof)
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
