import groovy.json.JsonSlurper

def sarif = new JsonSlurper().parse(new File(basedir, 'target/regexguard/regexguard.sarif'))
def uris = sarif.runs[0].results.collect { it.locations[0].physicalLocation.artifactLocation.uri }
assert uris == ['src/main/java/com/acme/auth/AdminDao.java'] : uris
assert new File(basedir, 'build.log').text.contains('BUILD SUCCESS')
return true
