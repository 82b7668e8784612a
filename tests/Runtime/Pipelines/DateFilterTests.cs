using EcsForge.Pipelines;
using Xunit;
using static EcsForge.Tests.Runtime.Pipelines.PipelineValues;

namespace EcsForge.Tests.Runtime.Pipelines;

/// <summary>to_rfc3339 and to_iso8601, on inputs and expected outputs of the catalogue's cases.</summary>
public sealed class DateFilterTests
{
    private readonly ValueArena _arena = new();

    private string Show(Value value) => Repr(_arena, value);

    [Theory]
    // Akamai/akamai-waf tests/test_1.json: httpMessage.start, epoch seconds as text.
    [InlineData("1491303422", "2017-04-04T10:57:02Z")]
    // Trend Micro/trend-micro-vision-one-oat tests/test_observed_attack_technique_3.json: detail.firstSeen, epoch milliseconds.
    [InlineData("1732639501774", "2024-11-26T16:45:01.774000Z")]
    // 1Password/1password-epm tests/test_audit_events.json: an RFC 3339 offset, converted to UTC.
    [InlineData("2023-03-15T16:33:50-03:00", "2023-03-15T19:33:50Z")]
    // Umbrella/umbrella-dns tests/umbrella-dns-1.json: a naive date and time, taken as UTC.
    [InlineData("2020-06-12 14:29:47", "2020-06-12T14:29:47Z")]
    // Trend Micro/trend-micro-vision-one-oat tests/test_observed_attack_technique_1.json: detectedDateTime.
    [InlineData("2020-06-01T02:12:56Z", "2020-06-01T02:12:56Z")]
    // NGINX/nginx tests/extended.json: the access log's time_local.
    [InlineData("22/Aug/2019:08:28:30 +0200", "2019-08-22T06:28:30Z")]
    // NGINX/nginx tests/combined_error.json: the error log's date.
    [InlineData("2019/08/25 23:59:53", "2019-08-25T23:59:53Z")]
    [InlineData("2021-01-28T13:46:08.5+02:00", "2021-01-28T11:46:08.500000Z")]
    [InlineData("1700000000123456", "2023-11-14T22:13:20.123456Z")]
    [InlineData("1700000000123456789", "2023-11-14T22:13:20.123457Z")] // float(...) * 1e-9 rounds half-even, as fromtimestamp
    // Fortinet/fortigate tests/system_event.CEF.json: eventtime, float(number) * 1e-9 (not the exact quotient, .502103).
    [InlineData("1741264732502103430", "2025-03-06T12:38:52.502104Z")]
    // Fortinet/fortigate tests/Configuration_changed.CEF.json: times 1e-9, not divided by 1e9 (.541881).
    [InlineData("1637681708541881380", "2021-11-23T15:35:08.541882Z")]
    // CrowdStrike/crowdstrike_falcon tests/process_event.json: 18 digits, the first ten are seconds.
    [InlineData("133027667360825182", "2012-02-26T17:17:53.608252Z")]
    [InlineData("133027667380241770", "2012-02-26T17:17:53.802418Z")]
    // Salesforce/salesforce-events tests/salesforce_apex_rest_api.json: a 14-digit epoch with a fraction keeps it.
    [InlineData("20241029112721.500", "2034-02-21T02:48:31.272150Z")]
    // SentinelOne/cloud_funnel2.0 tests/commandscript.json: tgt.file.creationTime, the minus sign counts as a digit.
    [InlineData("-11644473600000", "1966-04-24T06:14:24Z")]
    // Mimecast/mimecast-email-security tests: a 13-digit epoch.
    [InlineData("1689692409135", "2023-07-18T15:00:09.135000Z")]
    // Retarus/retarus_email_security tests/example1.json: a one-digit day and an offset.
    [InlineData("2021-10-1 09:00:00 +0200", "2021-10-01T07:00:00Z")]
    // Google Cloud/Google Cloud Load Balancing tests: five fraction digits.
    [InlineData("2024-08-26T15:30:27.62577Z", "2024-08-26T15:30:27.625770Z")]
    // Windows/windows tests: Sysmon's CreationUtcTime.
    [InlineData("2019-12-16 15:10:53.715", "2019-12-16T15:10:53.715000Z")]
    [InlineData("0", "1970-01-01T00:00:00Z")]
    [InlineData("1491303422.25", "2017-04-04T10:57:02.250000Z")]
    [InlineData("Sun, 06 Nov 1994 08:49:37 GMT", "1994-11-06T08:49:37Z")]
    [InlineData("2023 Jan 13 02:11:53", "2023-01-13T02:11:53Z")]
    [InlineData("2025-12-09 08:23:52,682", "2025-12-09T08:23:52.682000Z")] // Ping Identity/pingfederate tests/AUTHN_ATTEMPT.json // Cisco/cisco-nx-os tests/test_user.json, before its CET zone
    [InlineData("2024-03-04", "2024-03-04T00:00:00Z")]
    [InlineData("Sep 17 2018 01:27:42 GMT+00:00", "2018-09-17T01:27:42Z")] // Trend Micro Apex One security_event.json rt
    [InlineData("Sep 05 2023 16:47:48 UTC", "2023-09-05T16:47:48Z")] // Trellix Network Security domain_match.json rt
    public void Dates_are_autodetected_in_the_catalogue_forms(string text, string expected)
    {
        Assert.Equal($"'{expected}'", Show(Filters.ToIso8601(_arena, S(text), Value.Absent)));
        var withMicroseconds = expected.Contains('.') ? expected : expected.Replace("Z", ".000000Z");
        Assert.Equal($"'{withMicroseconds}'", Show(Filters.ToRfc3339(_arena, S(text), Value.Absent)));
    }

    [Fact]
    public void To_rfc3339_writes_microseconds_always_and_to_iso8601_only_when_not_zero()
    {
        // Broadcom/symantec-endpoint-protection tests: a keyword field set from to_rfc3339 keeps ".000000Z".
        Assert.Equal("'2022-04-05T10:40:01.000000Z'", Show(Filters.ToRfc3339(_arena, S("2022-04-05T10:40:01Z"), Value.Absent)));
        // Netskope/netskope-transaction tests: to_iso8601 gives "2023-12-21T12:59:21Z".
        Assert.Equal("'2023-12-21T12:59:21Z'", Show(Filters.ToIso8601(_arena, S("2023-12-21T12:59:21Z"), Value.Absent)));
    }

    [Fact]
    public void Numbers_are_epochs_by_magnitude()
    {
        Assert.Equal("'2017-04-04T10:57:02Z'", Show(Filters.ToIso8601(_arena, Number(1491303422), Value.Absent)));
        Assert.Equal("'2024-11-26T16:45:01.774000Z'", Show(Filters.ToRfc3339(_arena, Number(1732639501774), Value.Absent)));
        Assert.Equal("'1970-01-01T00:00:01.500000Z'", Show(Filters.ToRfc3339(_arena, Value.FromFloat(1.5), Value.Absent)));
    }

    [Theory]
    // Olfeo/olfeo-secure-web-gateway tests/network_log_date.json: to_rfc3339('%d/%m/%Y %H:%M:%S').
    [InlineData("02/07/2024 07:51:20", "%d/%m/%Y %H:%M:%S", "2024-07-02T07:51:20Z")]
    [InlineData("15/04/2024 12:50:04", "%d/%m/%Y %H:%M:%S", "2024-04-15T12:50:04Z")]
    [InlineData("2024-07-02 07:51:20.123 +0130", "%Y-%m-%d %H:%M:%S.%f %z", "2024-07-02T06:21:20.123000Z")]
    [InlineData("Jul 2 2024 7:51:20 PM", "%b %d %Y %I:%M:%S %p", "2024-07-02T19:51:20Z")]
    [InlineData("24-184 12:00:00", "%y-%j %H:%M:%S", "2024-07-02T12:00:00Z")]
    [InlineData("Tuesday, 02 JULY 2024", "%A, %d %B %Y", "2024-07-02T00:00:00Z")]
    [InlineData("1719906680", "%s", "2024-07-02T07:51:20Z")]
    public void A_format_is_strptime(string text, string format, string expected)
    {
        Assert.Equal($"'{expected}'", Show(Filters.ToIso8601(_arena, S(text), S(format))));
    }

    [Theory]
    [InlineData("02/07/2024 07:51:20 trailing", "%d/%m/%Y %H:%M:%S")] // Python: unconverted data remains
    [InlineData("31/02/2024 07:51:20", "%d/%m/%Y %H:%M:%S")]
    [InlineData("02/07/2024", "%d/%m/%Y %Q")]
    public void Strptime_failures_raise(string text, string format)
    {
        Assert.Equal("Error", Show(Filters.ToRfc3339(_arena, S(text), S(format))));
    }

    [Fact]
    public void Unreadable_dates_raise()
    {
        Assert.Equal("Error", Show(Filters.ToRfc3339(_arena, S("soon"), Value.Absent)));
        Assert.Equal("Error", Show(Filters.ToRfc3339(_arena, S("2021-02-30 00:00:00"), Value.Absent)));
        Assert.Equal("Error", Show(Filters.ToRfc3339(_arena, Value.Absent, Value.Absent)));
        Assert.Equal("Error", Show(Filters.ToRfc3339(_arena, Value.None, Value.Absent)));
    }

    [Theory]
    // Fortinet/fortigate tests/test_event_login_1.json: timestamp=1762528940 with tz="+0100" is 14:22:20Z.
    [InlineData("1762528940", "+0100", "2025-11-07T14:22:20.000000Z")]
    [InlineData("2024-07-02 10:00:00", "-02:30", "2024-07-02T12:30:00.000000Z")]
    [InlineData("2024-07-02 10:00:00", "Europe/Paris", "2024-07-02T08:00:00.000000Z")]
    [InlineData("2024-07-02 10:00:00", "Nowhere/Unknown", "2024-07-02T10:00:00.000000Z")]
    [InlineData("2024-07-02T10:00:00Z", "+0100", "2024-07-02T10:00:00.000000Z")]
    // Cisco/cisco-nx-os tests/test_user.json: "2023 Jan 13 02:11:53 CET" is 01:11:53Z.
    [InlineData("2023 Jan 13 02:11:53", "CET", "2023-01-13T01:11:53.000000Z")]
    public void A_date_stage_reads_wall_clock_times_in_its_zone(string text, string zone, string expected)
    {
        Assert.Equal($"'{expected}'", Show(Dates.Parse(_arena, S(text), null, S(zone))));
    }
}
