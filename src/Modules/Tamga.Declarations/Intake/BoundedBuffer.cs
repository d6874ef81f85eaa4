using System.Buffers;
using System.Globalization;

namespace Tamga.Declarations.Intake;

/// <summary>Reads a whole stream into memory, refusing to hold more than a limit.</summary>
internal static class BoundedBuffer
{
    private const int ChunkSize = 16 * 1024;

    /// <summary>The bytes of <paramref name="stream"/>, or null when it holds more than <paramref name="maxBytes"/>.</summary>
    public static ReadOnlyMemory<byte>? Read(Stream stream, int maxBytes)
    {
        if (stream.CanSeek && stream.Length - stream.Position > maxBytes)
        {
            return null;
        }

        var buffer = new ArrayBufferWriter<byte>(InitialSize(stream, maxBytes));
        while (true)
        {
            var read = stream.Read(buffer.GetSpan(ChunkSize));
            if (read == 0)
            {
                return buffer.WrittenMemory;
            }

            buffer.Advance(read);
            if (buffer.WrittenCount > maxBytes)
            {
                return null;
            }
        }
    }

    /// <inheritdoc cref="Read(Stream, int)"/>
    public static async Task<ReadOnlyMemory<byte>?> ReadAsync(Stream stream, int maxBytes, CancellationToken cancellationToken)
    {
        if (stream.CanSeek && stream.Length - stream.Position > maxBytes)
        {
            return null;
        }

        var buffer = new ArrayBufferWriter<byte>(InitialSize(stream, maxBytes));
        while (true)
        {
            var read = await stream.ReadAsync(buffer.GetMemory(ChunkSize), cancellationToken);
            if (read == 0)
            {
                return buffer.WrittenMemory;
            }

            buffer.Advance(read);
            if (buffer.WrittenCount > maxBytes)
            {
                return null;
            }
        }
    }

    public static IntakeProblem TooLarge(int maxBytes) => new(
        0,
        0,
        null,
        string.Create(CultureInfo.InvariantCulture, $"The document is larger than {maxBytes} bytes."),
        IntakeProblemKind.TooLarge);

    private static int InitialSize(Stream stream, int maxBytes) =>
        stream.CanSeek ? (int)Math.Clamp(stream.Length - stream.Position + 1, 1, maxBytes + 1L) : ChunkSize;
}
