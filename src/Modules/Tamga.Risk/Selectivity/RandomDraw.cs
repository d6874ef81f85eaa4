using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Tamga.Risk.Selectivity;

/// <summary>
/// Draws for sampling: a hash of the declaration's identifier and what draws (a profile, the compliance sample).
/// The same declaration gets the same answer when it is assessed again, draws of different purposes are
/// independent, and no trader can predict the draw without the identifier Tamga gives the declaration.
/// </summary>
internal static class RandomDraw
{
    /// <summary>True for about <paramref name="percent"/> % of declarations.</summary>
    public static bool Below(Guid declarationId, string purpose, decimal percent)
    {
        Span<byte> key = stackalloc byte[16 + 64];
        declarationId.TryWriteBytes(key);
        var length = 16 + Encoding.UTF8.GetBytes(purpose.AsSpan(0, Math.Min(purpose.Length, 32)), key[16..]);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(key[..length], hash);
        return BinaryPrimitives.ReadUInt64LittleEndian(hash) % 10_000UL < (ulong)(percent * 100m);
    }
}
