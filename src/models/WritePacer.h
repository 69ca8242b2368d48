#pragma once

#include <QtGlobal>

#include <deque>
#include <utility>

namespace ed {

// The Graph client's write pacing (GraphClientOptions::writesPerWindow per writeWindowMs, a
// sliding window), followed on the side of a job that hands it writes: how many more fit now,
// when the next ones fit, and how long the rest takes at best. A job that hands over no more than
// this allows keeps every write it gave the client on the wire or waiting out a Retry-After, never
// queued behind the pacing, so a cancel knows exactly what was sent.
//
// Times are on GraphClient::now()'s clock (ms); the caller passes them in, so this is plain
// arithmetic (and testable without a clock).
class WritePacer final
{
public:
    // writesPerWindow below 1 counts as 1.
    WritePacer(int writesPerWindow, qint64 windowMs);

    int perWindow() const { return m_perWindow; }
    qint64 windowMs() const { return m_windowMs; }

    // `writes` were handed over at `at` (times never go back).
    void record(qint64 at, int writes);
    // Forgets what left the window by `now` (what is older no longer counts anyway).
    void forget(qint64 now);
    // Writes handed over within the window that ends at `now`.
    int writesInWindow(qint64 now) const;
    // How many more fit into the window now (0 or less: none).
    int room(qint64 now) const { return m_perWindow - writesInWindow(now); }
    // The earliest time at which `needed` more writes fit into the window (`now` when they do).
    qint64 freesAt(qint64 now, int needed) const;
    // How long `count` more writes wait, at best, until the last of them may be handed over: 0
    // when they fit now.
    qint64 waitMs(qint64 now, qint64 count) const;
    // The shortest time `count` writes take from an empty window (the first window is free).
    qint64 minimumDurationMs(qint64 count) const;

private:
    int m_perWindow;
    qint64 m_windowMs;
    std::deque<std::pair<qint64, int>> m_handedOver; // (at, writes), oldest first
};

} // namespace ed
