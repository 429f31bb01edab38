namespace LactationGuide.Web.Search;

/// <summary>At most so many of something per period of time; the count starts again when a period has passed.</summary>
internal sealed class PeriodicAllowance(int perPeriod, TimeSpan period, TimeProvider clock)
{
    private readonly Lock _counting = new();
    private DateTimeOffset _periodStart = DateTimeOffset.MinValue;
    private int _taken;

    /// <summary>Whether one more is allowed in the current period; counts it if so.</summary>
    public bool TryTake()
    {
        var now = clock.GetUtcNow();
        lock (_counting)
        {
            if (now - _periodStart >= period || now < _periodStart)
            {
                (_periodStart, _taken) = (now, 0);
            }

            if (_taken >= perPeriod)
            {
                return false;
            }

            _taken++;
            return true;
        }
    }
}
