#pragma once

// A test-only SQLite VFS that wraps the default one (unix) and fails the N-th read, write or sync
// with the result code asked for (SQLITE_IOERR_…, SQLITE_FULL), once. Registered as the default
// VFS of this process, so every connection opened afterwards goes through it: Qt's QSQLITE driver
// on Debian uses the system libsqlite3, the one this test links, and so do the storage layer's
// own C API calls (backups). Every call is counted, so a test can first measure how many reads,
// writes and syncs an act does, then fail each of them in turn.

namespace cb::test::faultvfs {

enum class Op { Read, Write, Sync };

struct Counts
{
    int opens = 0;
    int reads = 0;
    int writes = 0;
    int syncs = 0;
};

// Registers the VFS as the default (idempotent); false when SQLite refuses.
bool install();
void resetCounts();
Counts counts();
// Fails the n-th call of `op` from now on (1 = the next one) with `resultCode`, once.
void arm(Op op, int n, int resultCode);
void disarm();
// Whether the armed fault was injected since the last arm().
bool injected();

} // namespace cb::test::faultvfs
