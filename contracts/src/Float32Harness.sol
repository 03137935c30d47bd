// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Float32} from "./Float32.sol";

/// @title Float32Harness: exposes the Float32 library for differential tests
/// against repops.Eval and for gas measurement.
contract Float32Harness {
    /// @notice The three batch arrays differ in length.
    error LengthMismatch();

    function eval(uint8 op, uint32 a, uint32 b) external pure returns (uint32) {
        return Float32.eval(op, a, b);
    }

    /// @notice eval over three parallel arrays.
    function evalBatch(uint8[] calldata ops, uint32[] calldata a, uint32[] calldata b)
        external
        pure
        returns (uint32[] memory out)
    {
        uint256 n = ops.length;
        if (a.length != n || b.length != n) revert LengthMismatch();
        out = new uint32[](n);
        for (uint256 i; i < n; ++i) {
            out[i] = Float32.eval(ops[i], a[i], b[i]);
        }
    }

    /// @notice eval over packed records of 9 bytes (op u8, a u32, b u32,
    /// big-endian), returning the results as packed big-endian u32: a quarter
    /// of evalBatch's calldata, for million-case tests.
    function evalPacked(bytes calldata recs) external pure returns (bytes memory out) {
        if (recs.length % 9 != 0) revert LengthMismatch();
        uint256 n = recs.length / 9;
        out = new bytes(4 * n);
        for (uint256 i; i < n; ++i) {
            uint256 w;
            assembly {
                w := shr(184, calldataload(add(recs.offset, mul(i, 9))))
            }
            uint32 r = Float32.eval(uint8(w >> 64), uint32(w >> 32), uint32(w));
            assembly {
                // Writes one 32-byte word whose first 4 bytes are r; the rest
                // is overwritten by later records or lies past the length.
                mstore(add(add(out, 32), mul(i, 4)), shl(224, r))
            }
        }
    }

    /// @notice Gas one eval costs inside the EVM (no call or calldata
    /// overhead), measured with gasleft().
    function evalGas(uint8 op, uint32 a, uint32 b) external view returns (uint32 r, uint256 gasUsed) {
        uint256 g = gasleft();
        r = Float32.eval(op, a, b);
        gasUsed = g - gasleft();
    }

    function fma(uint32 a, uint32 b, uint32 c) external pure returns (uint32) {
        return Float32.fma(a, b, c);
    }

    /// @notice fma over three parallel arrays.
    function fmaBatch(uint32[] calldata a, uint32[] calldata b, uint32[] calldata c)
        external
        pure
        returns (uint32[] memory out)
    {
        uint256 n = a.length;
        if (b.length != n || c.length != n) revert LengthMismatch();
        out = new uint32[](n);
        for (uint256 i; i < n; ++i) {
            out[i] = Float32.fma(a[i], b[i], c[i]);
        }
    }

    /// @notice fma over packed records of 12 bytes (a, b, c: big-endian u32),
    /// returning packed big-endian u32 results: an eighth of fmaBatch's
    /// calldata, for million-case tests.
    function fmaPacked(bytes calldata recs) external pure returns (bytes memory out) {
        if (recs.length % 12 != 0) revert LengthMismatch();
        uint256 n = recs.length / 12;
        out = new bytes(4 * n);
        for (uint256 i; i < n; ++i) {
            uint256 w;
            assembly {
                w := shr(160, calldataload(add(recs.offset, mul(i, 12))))
            }
            uint32 r = Float32.fma(uint32(w >> 64), uint32(w >> 32), uint32(w));
            assembly {
                // As in evalPacked: later records overwrite the word's tail.
                mstore(add(add(out, 32), mul(i, 4)), shl(224, r))
            }
        }
    }

    /// @notice Gas one fma costs inside the EVM, measured as evalGas does.
    function fmaGas(uint32 a, uint32 b, uint32 c) external view returns (uint32 r, uint256 gasUsed) {
        uint256 g = gasleft();
        r = Float32.fma(a, b, c);
        gasUsed = g - gasleft();
    }

    function lt(uint32 a, uint32 b) external pure returns (bool) {
        return Float32.lt(a, b);
    }

    function le(uint32 a, uint32 b) external pure returns (bool) {
        return Float32.le(a, b);
    }

    function eq(uint32 a, uint32 b) external pure returns (bool) {
        return Float32.eq(a, b);
    }

    function fromInt(int256 x) external pure returns (uint32) {
        return Float32.fromInt(x);
    }

    function toInt(uint32 x) external pure returns (bool ok, int256 v) {
        return Float32.toInt(x);
    }
}
