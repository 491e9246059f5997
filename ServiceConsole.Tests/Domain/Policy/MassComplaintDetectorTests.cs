using ServiceConsole.Domain.Policy;

namespace ServiceConsole.Tests.Domain.Policy;

public sealed class MassComplaintDetectorTests
{
    private readonly MassComplaintDetector _detector = new(new PolicyOptions());

    private static IEnumerable<DateTimeOffset> Arrivals(int count, TimeSpan every)
    {
        var clock = DomainFixtures.Clock();
        for (var i = 0; i < count; i++)
        {
            yield return clock.GetUtcNow();
            clock.Advance(every);
        }
    }

    [Fact]
    [Trait("Rule", "EMG-03")]
    public void EMG_03_twenty_complaints_in_an_hour_do_not_start_mass_complaint_mode() =>
        Assert.Null(_detector.Detect(Arrivals(20, TimeSpan.FromMinutes(2))));

    [Fact]
    [Trait("Rule", "EMG-03")]
    public void EMG_03_twenty_one_complaints_in_an_hour_start_mass_complaint_mode()
    {
        var window = _detector.Detect(Arrivals(21, TimeSpan.FromMinutes(2)));

        Assert.NotNull(window);
        Assert.Equal(21, window.Count);
        Assert.Equal(DomainFixtures.Start, window.From);
        Assert.Equal(DomainFixtures.Start.AddMinutes(40), window.To);
    }

    [Fact]
    [Trait("Rule", "EMG-03")]
    public void EMG_03_twenty_one_complaints_spread_over_three_hours_stay_off() =>
        Assert.Null(_detector.Detect(Arrivals(21, TimeSpan.FromMinutes(9))));

    [Fact]
    [Trait("Rule", "EMG-03")]
    public void EMG_03_complaints_exactly_sixty_minutes_apart_are_in_one_window()
    {
        // 21 complaints, 3 minutes apart: the first and the last are exactly 60 minutes apart.
        var window = _detector.Detect(Arrivals(21, TimeSpan.FromMinutes(3)));

        Assert.NotNull(window);
        Assert.Equal(TimeSpan.FromMinutes(60), window.To - window.From);
        Assert.Equal(21, window.Count);
    }

    [Fact]
    [Trait("Rule", "EMG-03")]
    public void EMG_03_one_tick_over_sixty_minutes_splits_the_window()
    {
        var times = Arrivals(20, TimeSpan.FromMinutes(3)).ToList();
        times.Add(times[0] + TimeSpan.FromMinutes(60) + TimeSpan.FromTicks(1));

        Assert.Null(_detector.Detect(times));
    }

    [Fact]
    [Trait("Rule", "EMG-03")]
    public void EMG_03_arrival_order_does_not_matter()
    {
        var shuffled = Arrivals(21, TimeSpan.FromMinutes(2)).Reverse().ToList();
        (shuffled[3], shuffled[15]) = (shuffled[15], shuffled[3]);

        var window = _detector.Detect(shuffled);

        Assert.Equal(new MassComplaintWindow(DomainFixtures.Start, DomainFixtures.Start.AddMinutes(40), 21), window);
    }

    [Fact]
    [Trait("Rule", "EMG-03")]
    public void EMG_03_the_window_slides_to_the_burst()
    {
        // A trickle all morning, then 21 within ten minutes after lunch.
        var trickle = Arrivals(10, TimeSpan.FromMinutes(20));
        var burstStart = DomainFixtures.Start.AddHours(5);
        var burst = Enumerable.Range(0, 21).Select(i => burstStart.AddSeconds(30 * i));

        var window = _detector.Detect(trickle.Concat(burst));

        Assert.Equal(new MassComplaintWindow(burstStart, burstStart.AddSeconds(600), 21), window);
    }

    [Fact]
    [Trait("Rule", "EMG-03")]
    public void EMG_03_timestamps_in_different_offsets_are_compared_as_instants()
    {
        var times = Arrivals(21, TimeSpan.FromMinutes(2))
            .Select((t, i) => i % 2 == 0 ? t.ToUniversalTime() : t)
            .ToList();

        Assert.Equal(21, _detector.Detect(times)?.Count);
    }

    [Fact]
    [Trait("Rule", "EMG-03")]
    public void Changing_threshold_and_window_changes_detection()
    {
        var options = new PolicyOptions();
        options.Emergency.MassComplaintThreshold = 5;
        options.Emergency.MassComplaintWindowMinutes = 10;
        var detector = new MassComplaintDetector(options);

        Assert.Equal(6, detector.Detect(Arrivals(6, TimeSpan.FromMinutes(2)))?.Count);
        Assert.Null(detector.Detect(Arrivals(6, TimeSpan.FromMinutes(3))));
    }

    [Fact]
    [Trait("Rule", "EMG-03")]
    public void A_large_burst_is_detected_quickly()
    {
        var many = Arrivals(200_000, TimeSpan.FromSeconds(1)).Reverse().ToList();

        var window = _detector.Detect(many);

        Assert.Equal(3601, window?.Count);
    }

    [Fact]
    [Trait("Rule", "EMG-04")]
    public void EMG_04_the_tipping_point_is_the_event_time_of_the_21st_complaint_in_an_hour()
    {
        var times = Arrivals(25, TimeSpan.FromMinutes(2)).Reverse().ToList();

        Assert.Equal(DomainFixtures.Start.AddMinutes(40), _detector.TippingPoint(times));
        Assert.Null(_detector.TippingPoint(times.Skip(5)));
    }

    [Fact]
    [Trait("Rule", "EMG-04")]
    public void EMG_04_the_tipping_point_is_the_first_moment_any_window_held_more_than_the_threshold()
    {
        // 20 in the first hour then one a tick too late; the real spike comes after lunch.
        var times = Arrivals(20, TimeSpan.FromMinutes(3)).ToList();
        times.Add(times[0] + TimeSpan.FromMinutes(60) + TimeSpan.FromTicks(1));
        var burstStart = DomainFixtures.Start.AddHours(5);
        times.AddRange(Enumerable.Range(0, 21).Select(i => burstStart.AddSeconds(30 * i)));

        Assert.Equal(burstStart.AddSeconds(600), _detector.TippingPoint(times));
    }
}
