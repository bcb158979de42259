#pragma once

#include "core/Result.h"

namespace cb::cli {

// The exit codes of DESIGN.md §5; scripts rely on them.
enum ExitCode : int {
    ExitOk = 0,
    ExitFailure = 1,
    ExitBadInput = 2,     // bad input or usage, malformed id, id naming no record
    ExitNotPermitted = 3, // not authenticated or not permitted
    ExitConflict = 4,     // conflict, or not allowed in the record's current state
};

inline int exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::BadInput:
    case ErrorCode::NotFound:
        return ExitBadInput;
    case ErrorCode::NotAuthenticated:
    case ErrorCode::PermissionDenied:
        return ExitNotPermitted;
    case ErrorCode::Conflict:
    case ErrorCode::InvalidState:
        return ExitConflict;
    case ErrorCode::Failure:
    case ErrorCode::Unavailable:
    case ErrorCode::Damaged:
        return ExitFailure;
    }
    return ExitFailure;
}

} // namespace cb::cli
