using System.CommandLine;
using System.Reflection;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Tamga.Platform.Audit;
using Tamga.Platform.Data;
using Tamga.Platform.Http;
using Tamga.Platform.Modules;
using Tamga.Platform.Organisation;
using Tamga.Platform.Persistence;
using Tamga.Platform.Security;
using Tamga.Platform.Signing;
using Tamga.Platform.Web;

namespace Tamga.Platform;

/// <summary>Users, parties, offices, tokens and the audit trail: the platform as a module of its own.</summary>
public sealed class PlatformModule : ITamgaModule
{
    public string Name => "platform";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDatabase<PlatformDbContext, SqlitePlatformDbContext, PostgresPlatformDbContext>(PlatformDbContext.Tables);
        services.AddHostedService<SqliteCheckpointer>();
        services.AddScoped<UserDirectory>();
        services.AddScoped<AuditVerifier>();
        services.AddSingleton<OfficeRegister>();
        services.AddSingleton<DocumentSigner>();
        services.AddTamgaAuthentication();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => PlatformEndpoints.Map(endpoints);

    public Assembly? PagesAssembly => typeof(PlatformModule).Assembly;

    public IEnumerable<NavigationLink> Navigation =>
    [
        new("/admin/users", "Nav.Users") { Roles = [Roles.Admin], Order = 800, DescriptionKey = "Nav.UsersDescription" },
        new("/admin/offices", "Nav.Offices") { Roles = [Roles.Admin], Order = 810, DescriptionKey = "Nav.OfficesDescription" },
        new("/admin/parties", "Nav.Parties") { Roles = [Roles.Admin], Order = 820, DescriptionKey = "Nav.PartiesDescription" },
        new("/audit", "Nav.Audit") { Roles = [Roles.Auditor, Roles.Admin], Order = 850, DescriptionKey = "Nav.AuditDescription" },
        new("/account", "Nav.Account") { Order = 900, DescriptionKey = "Nav.AccountDescription" },
    ];

    public async Task StartAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        await DemonstrationData.SeedOfficesAsync(db, scope.ServiceProvider.GetRequiredService<TimeProvider>(), cancellationToken);
        if (scope.ServiceProvider.GetRequiredService<IOptions<TamgaOptions>>().Value.SeedDemoUsers)
        {
            var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger("Tamga.Demonstration");
            await DemonstrationData.SeedUsersAsync(scope.ServiceProvider.GetRequiredService<UserDirectory>(), db, logger, cancellationToken);
        }
    }

    public IEnumerable<Command> Commands(CommandHost host)
    {
        yield return UsersCommand(host);
        yield return AuditCommand(host);
    }

    private static Command UsersCommand(CommandHost host)
    {
        var user = new Option<string>("--user") { Description = "User name", Required = true };
        var password = new Option<string>("--password") { Description = "Password (at least 8 characters)", Required = true };
        var role = new Option<string[]>("--role") { Description = "Role: " + string.Join(", ", Roles.All) + " (repeat for several)", Required = true };
        var party = new Option<string?>("--party") { Description = "The trader's party (EORI or TIN); created when unknown" };
        var office = new Option<string[]>("--office") { Description = "Customs office code (repeat for several)" };
        var skill = new Option<string[]>("--skill") { Description = "Officer's skill: " + string.Join(", ", Skills.All) + " (repeat for several)" };
        var add = new Command("add", "Adds a user") { user, password, role, party, office, skill };
        add.SetAction(async (result, cancellationToken) =>
        {
            var services = await host.StartAsync(cancellationToken);
            await using var scope = services.CreateAsyncScope();
            var directory = scope.ServiceProvider.GetRequiredService<UserDirectory>();
            var (created, errors) = await directory.AddAsync(
                new NewUser(result.GetValue(user)!, result.GetValue(password)!, result.GetValue(role) ?? [], result.GetValue(party), result.GetValue(office) ?? []) { Skills = result.GetValue(skill) ?? [] },
                "cli:" + Environment.UserName,
                cancellationToken);
            if (created is null)
            {
                foreach (var error in errors)
                {
                    await Console.Error.WriteLineAsync($"error: {error.Field}: {error.Message}");
                }

                return 1;
            }

            Console.WriteLine($"User {created.UserName} added with roles {created.Roles}" + (created.PartyId is null ? "" : $", party {created.PartyId}") + (created.Offices.Length == 0 ? "" : $", offices {created.Offices}") + (created.Skills.Length == 0 ? "" : $", skills {created.Skills}") + ".");
            return 0;
        });

        var list = new Command("list", "Lists the users");
        list.SetAction(async (result, cancellationToken) =>
        {
            var services = await host.StartAsync(cancellationToken);
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            foreach (var u in db.Users.OrderBy(u => u.UserName))
            {
                Console.WriteLine($"{u.UserName}\t{u.Roles}\t{u.PartyId}\t{u.Offices}\t{u.Skills}");
            }

            return 0;
        });
        return new Command("users", "Manages users") { add, list };
    }

    private static Command AuditCommand(CommandHost host)
    {
        var verify = new Command("verify", "Checks every hash chain of the audit trail; exits 1 naming the first broken record");
        verify.SetAction(async (result, cancellationToken) =>
        {
            var services = await host.StartAsync(cancellationToken);
            await using var scope = services.CreateAsyncScope();
            var (modules, broken) = await scope.ServiceProvider.GetRequiredService<AuditVerifier>().VerifyAllAsync(cancellationToken);
            if (broken is null)
            {
                Console.WriteLine($"Audit trail intact ({modules} modules checked).");
                return 0;
            }

            Console.WriteLine($"Audit trail BROKEN in module {broken.Module}: record {broken.RecordId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(missing)"}, stream {broken.Stream}, sequence {broken.Sequence}: {broken.Reason}.");
            return 1;
        });
        return new Command("audit", "Audit trail") { verify };
    }
}
