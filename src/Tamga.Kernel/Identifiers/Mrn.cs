using System.Security.Cryptography;

namespace Tamga.Kernel.Identifiers;

/// <summary>
/// Movement Reference Number: 2-digit year, 2-letter country code, a 12-character unique part,
/// a procedure character and a check character computed as in ISO 6346 (as EU and UK MRNs are).
/// </summary>
public readonly record struct Mrn
{
    public const int Length = 18;
    private const string UniqueAlphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private Mrn(string value) => Value = value;

    public string Value { get; }

    public override string ToString() => Value;

    // The last five characters of the unique part: a sequence of this process, from a random start so that two
    // processes issuing in the same millisecond are unlikely to meet (the store's unique index is the guarantee).
    private static long _sequence = RandomNumberGenerator.GetInt32(int.MaxValue);

    /// <summary>
    /// Issues a new MRN. The 12-character unique part is the moment of registration in the year (7 base-36
    /// characters of milliseconds since 1 January, UTC), then 5 of a sequence (36^5 MRNs per millisecond), so MRNs
    /// issued later sort later: the store's MRN index grows at its end instead of at a random place per declaration.
    /// </summary>
    public static Mrn Issue(DateTimeOffset registeredAt, string countryCode, char procedureCharacter)
    {
        ArgumentException.ThrowIfNullOrEmpty(countryCode);
        if (countryCode.Length != 2 || !countryCode.All(char.IsAsciiLetterUpper))
        {
            throw new ArgumentException("The country code must be two upper-case letters.", nameof(countryCode));
        }

        if (!char.IsAsciiLetterUpper(procedureCharacter))
        {
            throw new ArgumentException("The procedure character must be an upper-case letter.", nameof(procedureCharacter));
        }

        Span<char> chars = stackalloc char[Length];
        var year = registeredAt.UtcDateTime.Year % 100;
        chars[0] = (char)('0' + (year / 10));
        chars[1] = (char)('0' + (year % 10));
        chars[2] = countryCode[0];
        chars[3] = countryCode[1];
        var utc = registeredAt.UtcDateTime;
        var sinceNewYear = (long)(utc - new DateTime(utc.Year, 1, 1, 0, 0, 0, DateTimeKind.Utc)).TotalMilliseconds;
        WriteBase36(sinceNewYear, chars.Slice(4, 7));
        WriteBase36(Interlocked.Increment(ref _sequence) % SequenceValues, chars.Slice(11, 5));

        chars[16] = procedureCharacter;
        chars[17] = CheckCharacter(chars[..17]);
        return new Mrn(new string(chars));
    }

    private const long SequenceValues = 36L * 36 * 36 * 36 * 36;

    /// <summary>Writes a non-negative number in base 36, left-padded with zeros, into all of <paramref name="destination"/>.</summary>
    private static void WriteBase36(long value, Span<char> destination)
    {
        for (var i = destination.Length - 1; i >= 0; i--)
        {
            destination[i] = UniqueAlphabet[(int)(value % UniqueAlphabet.Length)];
            value /= UniqueAlphabet.Length;
        }
    }

    public static bool TryParse(string? text, out Mrn mrn)
    {
        mrn = default;
        if (text is null || text.Length != Length)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c) && !char.IsAsciiLetterUpper(c))
            {
                return false;
            }
        }

        if (!char.IsAsciiDigit(text[0]) || !char.IsAsciiDigit(text[1]) || !char.IsAsciiLetterUpper(text[2]) || !char.IsAsciiLetterUpper(text[3]))
        {
            return false;
        }

        if (CheckCharacter(text.AsSpan(0, 17)) != text[17])
        {
            return false;
        }

        mrn = new Mrn(text);
        return true;
    }

    /// <summary>ISO 6346 check character: letters valued 10..38 skipping multiples of 11, weights 2^position, sum mod 11 mod 10.</summary>
    public static char CheckCharacter(ReadOnlySpan<char> first17)
    {
        long sum = 0;
        for (var i = 0; i < first17.Length; i++)
        {
            sum += CharacterValue(first17[i]) * (1L << i);
        }

        return (char)('0' + (int)(sum % 11 % 10));
    }

    private static int CharacterValue(char c)
    {
        if (char.IsAsciiDigit(c))
        {
            return c - '0';
        }

        if (!char.IsAsciiLetterUpper(c))
        {
            throw new ArgumentException($"'{c}' cannot appear in an MRN.", nameof(c));
        }

        // A=10, then each letter one more, skipping 11, 22 and 33.
        var value = 10 + (c - 'A');
        if (value >= 11)
        {
            value++;
        }

        if (value >= 22)
        {
            value++;
        }

        if (value >= 33)
        {
            value++;
        }

        return value;
    }
}
