namespace FinalAccounts.IntegrationTests.Province;

/// <summary>
/// The generator is reproducible from its seed number (issue 17): generated twice with the same seed,
/// into two databases, the province is the same — regions, departments, every version with its dates,
/// every fact of every table, the planted anomalies; with another seed it is not.
/// </summary>
public sealed class ProvinceReproducibilityTests(ProvincePortal first) : IClassFixture<ProvincePortal>
{
    /// <summary>
    /// One md5 over the province as the public and the auditors see it, keyed by codes, never by row ids
    /// or by when the generator ran.
    /// </summary>
    private const string Fingerprint = """
        SELECT count(*), md5(string_agg(line, E'\n' ORDER BY line)) FROM (
            SELECT concat_ws('|', 'region', code, name, parent_code) AS line FROM regions
            UNION ALL
            SELECT concat_ws('|', 'department', code, name, short_name, kind, region_code) FROM departments
            UNION ALL
            SELECT concat_ws('|', 'version', dep.code, d.year, d.approved_on, v.number, v.status, v.title, v.reporting_unit,
                             v.published_on, v.published_at, v.correction_note)
            FROM disclosure_versions v JOIN disclosures d ON d.id = v.disclosure_id JOIN departments dep ON dep.id = d.department_id
            UNION ALL
            SELECT concat_ws('|', 'fact', dep.code, f.year, f.version_number, f.published_table, f.line, f.column_key, f.name, f.amount)
            FROM line_facts f JOIN departments dep ON dep.id = f.department_id
            UNION ALL
            SELECT concat_ws('|', 'planted', department_code, year, kind, detail) FROM generator.planted_anomalies
        ) province
        """;

    [Fact]
    public async Task TheSameSeedGivesTheSameProvinceAndAnotherSeedAnother()
    {
        var expected = await FingerprintAsync(first);
        ((long)expected[0]).Should().BeGreaterThan(10_000, "the fingerprint covers the facts of every disclosure");

        (await GenerateAsync(new ProvincePortal())).Should().Equal(expected);
        (await GenerateAsync(new OtherSeedPortal()))[1].Should().NotBe(expected[1]);
    }

    /// <summary>Generates a province into a database of its own and fingerprints it.</summary>
    private static async Task<object[]> GenerateAsync(ProvincePortal portal)
    {
        IAsyncLifetime lifetime = portal;
        try
        {
            await lifetime.InitializeAsync();
            return await FingerprintAsync(portal);
        }
        finally
        {
            await lifetime.DisposeAsync();
        }
    }

    private static async Task<object[]> FingerprintAsync(ProvincePortal portal) => (await portal.QueryAsync(Fingerprint)).Single();

    private sealed class OtherSeedPortal : ProvincePortal
    {
        protected override int Seed => 4;
    }
}
