using System.CommandLine;
using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Tamga.Kernel.Errors;
using Tamga.Platform.Http;
using Tamga.Platform.Modules;
using Tamga.Platform.Persistence;
using Tamga.Platform.Web;
using Tamga.ReferenceData.BrowseCodeLists;
using Tamga.ReferenceData.Contracts;
using Tamga.ReferenceData.Data;
using Tamga.ReferenceData.Loading;

namespace Tamga.ReferenceData;

/// <summary>Code lists (countries, currencies, HS 2022, UN/LOCODE tables and the administration's own codes).</summary>
public sealed class ReferenceDataModule : ITamgaModule
{
    public string Name => "reference-data";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDatabase<ReferenceDataDbContext, SqliteReferenceDataDbContext, PostgresReferenceDataDbContext>(ReferenceDataDbContext.Tables);
        services.AddSingleton<CodeLists>();
        services.AddSingleton<ICodeLists>(sp => sp.GetRequiredService<CodeLists>());
        services.AddScoped<CodeListImporter>();
        services.AddSingleton<CodeSearch>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/code-lists").WithTags("Reference data").AllowAnonymous();
        group.MapGet("/", (CodeSearch search) => TypedResults.Ok(search.Lists().Select(l => new { name = l.Name, codes = l.Codes })))
            .WithSummary("The code lists and how many codes each holds.");
        group.MapGet("/{list}", ListCodes).WithSummary("Codes of one list, searchable and paged, described in the chosen language (en, fr, ru).");
    }

    private static Results<Ok<PagedCodes>, ProblemHttpResult> ListCodes(string list, CodeSearch search, string? q, int? page, int? pageSize, string? lang)
    {
        var errors = new List<RuleViolation>();
        if (!search.Exists(list))
        {
            return Problems.Status(StatusCodes.Status404NotFound, $"No code list '{list}'.");
        }

        var (number, size) = PageRequest.Read(page, pageSize, defaultSize: 50, maxSize: 500, errors);

        if (q is { Length: > CodeSearch.MaxQueryLength })
        {
            errors.Add(new("q", "QUERY-LENGTH", $"q has at most {CodeSearch.MaxQueryLength} characters."));
        }

        var language = lang ?? "en";
        if (language is not ("en" or "fr" or "ru"))
        {
            errors.Add(new("lang", "LANGUAGE", "lang is en, fr or ru."));
        }

        if (errors.Count > 0)
        {
            return Problems.Rules(errors);
        }

        var matches = search.Find(list, q, language);
        var items = matches.Skip((number - 1) * size).Take(size)
            .Select(e => new CodeView(e.Code, e.Describe(language), e.Parent, e.Level)).ToList();
        return TypedResults.Ok(new PagedCodes(list, number, size, matches.Count, items));
    }

    public Assembly? PagesAssembly => typeof(ReferenceDataModule).Assembly;

    public IEnumerable<NavigationLink> Navigation =>
    [
        new("/code-lists", "Nav.CodeLists") { Resources = typeof(ReferenceDataResource), DescriptionKey = "Nav.CodeListsDescription", Public = true, Order = 500 },
    ];

    public async Task StartAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger("Tamga.ReferenceData");
        await scope.ServiceProvider.GetRequiredService<CodeListImporter>()
            .LoadShippedAsync(line => logger.LogInformation("Reference data loaded: {Batch}", line), cancellationToken);
    }

    public IEnumerable<Command> Commands(CommandHost host)
    {
        var list = new Option<string?>("--list") { Description = "Code list to add the file's codes to, e.g. country, currency, unlocode" };
        var file = new Option<FileInfo?>("--file") { Description = "CSV with columns code,description[,description_fr,description_ru,parent]" };
        var version = new Option<string?>("--version") { Description = "Version label of the file (default: a hash of its content)" };
        var command = new Command("import-reference", "Loads the shipped reference data (on first start too), or an administration's CSV into a code list") { list, file, version };
        command.Validators.Add(result =>
        {
            if ((result.GetValue(list) is null) != (result.GetValue(file) is null))
            {
                result.AddError("--list and --file go together.");
            }
        });
        command.SetAction(async (result, cancellationToken) =>
        {
            var services = await host.StartAsync(cancellationToken);
            await using var scope = services.CreateAsyncScope();
            var importer = scope.ServiceProvider.GetRequiredService<CodeListImporter>();
            if (result.GetValue(file) is not { } csv)
            {
                var loaded = await importer.LoadShippedAsync(line => Console.WriteLine("loaded " + line), cancellationToken);
                var lists = scope.ServiceProvider.GetRequiredService<CodeLists>();
                Console.WriteLine(loaded.Count == 0 ? "Shipped reference data already loaded." : $"{loaded.Count} code list versions loaded.");
                foreach (var name in lists.ListNames.Order(StringComparer.Ordinal))
                {
                    Console.WriteLine($"{name}\t{lists.Entries(name).Count}");
                }

                return 0;
            }

            var (batch, errors) = CodeListImporter.ReadFile(result.GetValue(list)!, csv.FullName, result.GetValue(version));
            if (batch is null)
            {
                foreach (var error in errors)
                {
                    await Console.Error.WriteLineAsync("error: " + error);
                }

                return 1;
            }

            var added = await importer.LoadAsync(batch, "cli:" + Environment.UserName, cancellationToken);
            Console.WriteLine(added ? $"{batch.Rows.Count} codes loaded into '{batch.List}' as version {batch.Version}." : $"Version {batch.Version} of '{batch.List}' was already loaded; nothing changed.");
            return 0;
        });
        yield return command;
    }
}

public sealed record CodeView(string Code, string Description, string? Parent, int? Level);

public sealed record PagedCodes(string List, int Page, int PageSize, int Total, IReadOnlyList<CodeView> Items);
