// The waiver file beside the statement waives every HIGH finding: the build passes, the report keeps them
// marked waived with the reason, and the waiver that matches nothing is warned about with file and line.
def expect(boolean holds, String what) { if (!holds) throw new AssertionError(what) }
def log = new File(basedir, 'build.log').text
expect(log.contains('BUILD SUCCESS'), 'log.contains("BUILD SUCCESS")')
expect((log =~ /cbcf: 1 file, \d+ outcomes reviewed, \d+ findings \([^)]*\), 3 waived; reports in /) as boolean, 'summary counts 3 waived')
expect(!(log =~ /\(\d+ HIGH/), 'no HIGH finding left raised in the summary')
expect((log =~ /\[WARNING\] cbcf: .*cbcf-waivers\.yaml:19: waivers\[3\]: waiver for rule CBCF-DATA-001 on outcome no-such-outcome matches no finding .*\(stale\)/) as boolean, 'stale waiver warned with file:line')
def json = new File(basedir, 'target/cbcf/cbcf-report.json').text
expect((json =~ /"status" : "WAIVED"/).count == 3, 'three findings marked WAIVED in the JSON report')
expect(json.contains('Sample waiver; the sharing terms were reviewed for this test project.'), 'the reason is in the JSON report')
expect(new File(basedir, 'target/cbcf/cbcf-report.html').text.contains('Sample waiver; the access terms were reviewed'), 'the reason is in the HTML report')
return true
