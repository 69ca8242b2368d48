#pragma once

#include <QtGlobal>

#include <cstdint>

namespace ed::emu {

// SplitMix64: tiny, fast and identical on every platform and compiler, so a seed always gives
// the same tenant (std::uniform_int_distribution is not portable across standard libraries).
class Random final
{
public:
    explicit Random(std::uint64_t seed)
        : m_state(seed)
    { }

    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    // Uniform in [0, bound).
    int below(int bound) { return bound <= 0 ? 0 : static_cast<int>(next() % static_cast<std::uint64_t>(bound)); }
    // Uniform in [low, high].
    int between(int low, int high) { return low + below(high - low + 1); }
    // True with the given probability (0..1).
    bool chance(double probability) { return static_cast<double>(next() >> 11) * 0x1.0p-53 < probability; }
    double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

private:
    std::uint64_t m_state;
};

} // namespace ed::emu
