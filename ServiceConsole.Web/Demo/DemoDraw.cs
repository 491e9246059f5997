namespace ServiceConsole.Web.Demo;

/// <summary>
/// Draws the demo takes from a record's id: the same id and salt always give the same number, so what the simulator
/// plans for a contact or a complaint needs no state of its own and holds across a restart.
/// </summary>
public static class DemoDraw
{
    /// <summary>A number from 0 (inclusive) to 1 (exclusive), even over ids, independent for each salt.</summary>
    public static double Unit(Guid id, int salt) => (Mix(id, salt) >> 11) * (1.0 / (1UL << 53));

    /// <summary>A seed for a random generator of this id's own.</summary>
    public static int Seed(Guid id, int salt) => (int)(Mix(id, salt) >> 33);

    private static ulong Mix(Guid id, int salt)
    {
        Span<byte> bytes = stackalloc byte[16];
        id.TryWriteBytes(bytes);
        var low = BitConverter.ToUInt64(bytes[..8]);
        var high = BitConverter.ToUInt64(bytes[8..]);
        return SplitMix(SplitMix(low ^ (ulong)salt) ^ high);
    }

    // SplitMix64's finaliser: every input bit moves every output bit.
    private static ulong SplitMix(ulong z)
    {
        z += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
