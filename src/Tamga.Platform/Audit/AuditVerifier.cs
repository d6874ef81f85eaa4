using Microsoft.Extensions.DependencyInjection;
using Tamga.Platform.Persistence;

namespace Tamga.Platform.Audit;

/// <summary>Verifies the audit trail of every module.</summary>
public sealed class AuditVerifier(IServiceProvider services, IEnumerable<ModuleDatabase> databases)
{
    public async Task<(int Modules, AuditBreak? FirstBreak)> VerifyAllAsync(CancellationToken cancellationToken)
    {
        var count = 0;
        foreach (var database in databases)
        {
            count++;
            await using var scope = services.CreateAsyncScope();
            var db = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(database.ContextType);
            if (await AuditChain.VerifyAsync(db, database.Module, cancellationToken) is { } found)
            {
                return (count, found);
            }
        }

        return (count, null);
    }
}
