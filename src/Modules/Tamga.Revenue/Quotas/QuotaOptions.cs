using System.ComponentModel.DataAnnotations;

namespace Tamga.Revenue.Quotas;

/// <summary>Tariff quota settings, bound from <c>Modules:Revenue:Quotas</c> and validated on start.</summary>
internal sealed class QuotaOptions
{
    public const string Section = "Modules:Revenue:Quotas";

    /// <summary>
    /// How long a provisional drawing waits for its declaration's registration to reach Revenue before it is returned
    /// to the balance. Keep it well above the time an event takes from the declarations module to Revenue.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:10", "7.00:00:00", ErrorMessage = "Modules:Revenue:Quotas:ProvisionalTimeout must be between 10 seconds and 7 days.")]
    public TimeSpan ProvisionalTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How often the sweep looks for provisional drawings past <see cref="ProvisionalTimeout"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "Modules:Revenue:Quotas:SweepInterval must be between 1 second and 1 hour.")]
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(1);
}
