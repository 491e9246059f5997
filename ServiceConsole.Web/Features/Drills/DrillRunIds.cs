using System.Buffers.Binary;
using System.Security.Cryptography;

namespace ServiceConsole.Web.Features.Drills;

/// <summary>Ids of scheduled drills.</summary>
public static class DrillRunIds
{
    /// <summary>
    /// The same schedule and planned fire time always give the same id, so a start the scheduler repeats after
    /// a crash (RequestRecovery) finds its drill and does not run a second one.
    /// </summary>
    public static Guid Scheduled(Guid scheduleId, DateTimeOffset plannedAt)
    {
        Span<byte> input = stackalloc byte[24];
        scheduleId.TryWriteBytes(input);
        BinaryPrimitives.WriteInt64LittleEndian(input[16..], plannedAt.UtcTicks);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(input, hash);

        // RFC 9562 version 8 (custom) and variant 10; in .NET's byte order the version nibble is in byte 7.
        hash[7] = (byte)((hash[7] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash[..16]);
    }
}
