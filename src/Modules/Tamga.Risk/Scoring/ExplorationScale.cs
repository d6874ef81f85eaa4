namespace Tamga.Risk.Scoring;

/// <summary>
/// The mean exploration priority of the declarations a model meets, against which each declaration's exploration
/// probability is scaled so that on average the set share is explored. It starts from the mean measured at training;
/// the model is surer of the rows it was trained on than of new declarations, so that start is low, and the mean then
/// follows the declarations actually assessed (a running mean, then a moving one over about the last
/// <see cref="Window"/>).
/// </summary>
internal sealed class ExplorationScale(double trainingMean)
{
    /// <summary>Declarations over which the mean moves once it has settled.</summary>
    public const int Window = 5_000;

    /// <summary>The weight of the training mean, in declarations: a few hundred assessments replace it.</summary>
    private const int StartWeight = 100;

    private readonly Lock gate = new();
    private double mean = trainingMean;
    private long seen;

    public double Mean
    {
        get
        {
            lock (gate)
            {
                return mean;
            }
        }
    }

    /// <summary>Counts one declaration's priority in and returns the mean to scale it by.</summary>
    public double Observe(double priority)
    {
        lock (gate)
        {
            seen++;
            mean += (priority - mean) / Math.Min(StartWeight + seen, Window);
            return mean;
        }
    }
}
