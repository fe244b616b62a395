// Convergence held with the BOM alone, and the scenario tests ran (not zero) on JUnit 5.11.
def expect(boolean holds, String what) { if (!holds) throw new AssertionError(what) }
def log = new File(basedir, 'build.log').text
expect(log.contains('BUILD SUCCESS'), 'log.contains("BUILD SUCCESS")')
def xml = new File(basedir, 'target/surefire-reports/TEST-example.ScenariosOnJUnit511Test.xml')
expect(xml.isFile(), 'xml.isFile()')
def suite = new groovy.xml.XmlSlurper().parse(xml)
// the JUnit version test and at least one scenario
expect(suite.@tests.toInteger() >= 2, 'suite.@tests.toInteger() >= 2')
expect(suite.@failures.toInteger() == 0 && suite.@errors.toInteger() == 0, 'suite.@failures.toInteger() == 0 && suite.@errors.toInteger() == 0')
return true
