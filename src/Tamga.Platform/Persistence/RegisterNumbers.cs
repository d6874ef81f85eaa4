using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace Tamga.Platform.Persistence;

/// <summary>
/// Numbers the entries of a public register per year (<c>BTI-2026-00001</c>, <c>CD-2026-00001</c>, <c>NTC-2026-0001</c>). The next number
/// is the count of the year's entries plus one, so two officers publishing in the same instant can take the same
/// number: the second commit then meets the number's unique key and writes nothing, and the publication is done
/// again from the start — checked again, numbered again.
/// </summary>
public static class RegisterNumbers
{
    /// <summary>Enough for a burst of simultaneous publications: each attempt, one of them commits.</summary>
    public const int Attempts = 20;

    /// <param name="numbers">The register's numbers (or references).</param>
    /// <param name="register">The register's letters, e.g. <c>BTI</c>.</param>
    /// <param name="digits">The digits of the sequence within the year.</param>
    public static async Task<string> NextAsync(IQueryable<string> numbers, string register, DateTimeOffset now, int digits, CancellationToken cancellationToken)
    {
        var prefix = $"{register}-{now.Year.ToString(CultureInfo.InvariantCulture)}-";
        var count = await numbers.CountAsync(n => n.StartsWith(prefix), cancellationToken);
        return prefix + (count + 1).ToString(new string('0', digits), CultureInfo.InvariantCulture);
    }

    /// <summary>Runs <paramref name="publish"/> (reading, checking, numbering and saving) again while its commit fails.</summary>
    public static async Task<T> PublishAsync<T>(ModuleDbContext db, Func<Task<T>> publish)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await publish();
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                db.ChangeTracker.Clear();
            }
        }
    }
}
