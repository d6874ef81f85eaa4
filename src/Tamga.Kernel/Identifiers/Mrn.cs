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

    /// <summary>Issues a new MRN; the unique part is random (36^12 values) and made unique by the store.</summary>
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
        Span<byte> random = stackalloc byte[12];
        RandomNumberGenerator.Fill(random);
        for (var i = 0; i < 12; i++)
        {
            chars[4 + i] = UniqueAlphabet[random[i] % UniqueAlphabet.Length];
        }

        chars[16] = procedureCharacter;
        chars[17] = CheckCharacter(chars[..17]);
        return new Mrn(new string(chars));
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
