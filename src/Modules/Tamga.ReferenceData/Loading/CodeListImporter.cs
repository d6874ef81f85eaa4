using Microsoft.EntityFrameworkCore;
using Tamga.Platform.Audit;
using Tamga.Platform.Text;
using Tamga.ReferenceData.Data;

namespace Tamga.ReferenceData.Loading;

/// <summary>Loads code batches: once per list version, adding and updating codes, withdrawing codes a new version of the same source drops.</summary>
internal sealed class CodeListImporter(ReferenceDataDbContext db, CodeLists cache, TimeProvider clock)
{
    /// <summary>Loads the shipped sources not yet loaded; returns the batches loaded.</summary>
    public async Task<IReadOnlyList<CodeBatch>> LoadShippedAsync(Action<string>? progress, CancellationToken cancellationToken)
    {
        var loaded = new List<CodeBatch>();
        foreach (var batch in ShippedSources.All())
        {
            if (await LoadAsync(batch, "system", cancellationToken))
            {
                progress?.Invoke($"{batch.List}: {batch.Rows.Count} codes ({batch.Source}, {batch.Version})");
                loaded.Add(batch);
            }
        }

        await cache.ReloadAsync(db, cancellationToken);
        return loaded;
    }

    /// <summary>Loads one batch unless that list version is already loaded. Everything commits together.</summary>
    public async Task<bool> LoadAsync(CodeBatch batch, string actor, CancellationToken cancellationToken)
    {
        if (await db.Versions.AnyAsync(v => v.List == batch.List && v.Version == batch.Version, cancellationToken))
        {
            return false;
        }

        var now = clock.GetUtcNow();
        var existing = await db.Entries.Where(e => e.List == batch.List).ToDictionaryAsync(e => e.Code, StringComparer.Ordinal, cancellationToken);
        var incoming = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in batch.Rows)
        {
            if (!incoming.Add(row.Code))
            {
                continue;
            }

            if (existing.TryGetValue(row.Code, out var entry))
            {
                entry.Description = row.Description;
                entry.DescriptionFr = row.DescriptionFr ?? entry.DescriptionFr;
                entry.DescriptionRu = row.DescriptionRu ?? entry.DescriptionRu;
                entry.Parent = row.Parent ?? entry.Parent;
                entry.Level = row.Level ?? entry.Level;
                entry.Source = row.Source ?? batch.Source;
                entry.Version = batch.Version;
                entry.WithdrawnAt = null;
            }
            else
            {
                db.Entries.Add(new CodeListEntry
                {
                    List = batch.List,
                    Code = row.Code,
                    Description = row.Description,
                    DescriptionFr = row.DescriptionFr,
                    DescriptionRu = row.DescriptionRu,
                    Parent = row.Parent,
                    Level = row.Level,
                    Source = row.Source ?? batch.Source,
                    Version = batch.Version,
                });
            }
        }

        // A new version of the same source withdraws the codes it no longer has; other sources' codes stay.
        foreach (var stale in existing.Values.Where(e => e.Source == batch.Source && e.WithdrawnAt is null && !incoming.Contains(e.Code)))
        {
            stale.WithdrawnAt = now;
        }

        db.Versions.Add(new CodeListVersion { List = batch.List, Version = batch.Version, Source = batch.Source, Entries = incoming.Count, LoadedAt = now });
        db.Audit(new AuditEntry($"code-list/{batch.List}", actor, "code-list.loaded", now, null, new { batch.List, batch.Version, batch.Source, Entries = incoming.Count }, $"{batch.List} {batch.Version}: {incoming.Count} codes"));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Reads an administration's CSV (<c>code,description[,description_fr,description_ru,parent]</c>); reports each bad row with its line.</summary>
    public static (CodeBatch? Batch, IReadOnlyList<string> Errors) ReadFile(string list, string path, string? version)
    {
        var errors = new List<string>();
        var rows = new List<CodeRow>();
        if (!File.Exists(path))
        {
            return (null, [$"{path}: no such file"]);
        }

        using var reader = new StreamReader(path);
        foreach (var (line, row) in Csv.ReadWithHeader(reader))
        {
            var code = row.GetValueOrDefault("code")?.Trim() ?? "";
            var description = row.GetValueOrDefault("description")?.Trim() ?? "";
            if (code.Length is 0 or > 20 || !code.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_'))
            {
                errors.Add($"{path}:{line}: column 'code' must be 1 to 20 letters, digits, '-', '.' or '_' (got '{code}')");
                continue;
            }

            if (description.Length == 0)
            {
                errors.Add($"{path}:{line}: column 'description' is empty");
                continue;
            }

            rows.Add(new CodeRow(code, description, Empty(row.GetValueOrDefault("description_fr")), Empty(row.GetValueOrDefault("description_ru")), Empty(row.GetValueOrDefault("parent"))));
        }

        if (rows.Count == 0 && errors.Count == 0)
        {
            errors.Add($"{path}: no rows (expected a header 'code,description' and at least one row)");
        }

        var fileVersion = version ?? "file-" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path)))[..12];
        return errors.Count > 0 ? (null, errors) : (new CodeBatch(list, fileVersion, "import:" + Path.GetFileName(path), rows), []);
    }

    private static string? Empty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
