package dk.kantinekort.embedded.mitid;

import java.nio.file.Path;
import java.util.List;

/**
 * How to start another main class of this application in a new JVM: with the class path of this one, or,
 * when this JVM runs from the Spring Boot fat jar, through the jar's PropertiesLauncher, which finds the
 * classes and libraries inside BOOT-INF.
 */
record JavaClassPath(String classPath, boolean fatJar) {

    static final String PROPERTIES_LAUNCHER = "org.springframework.boot.loader.launch.PropertiesLauncher";

    static JavaClassPath ofThisJvm() {
        String classPath = System.getProperty("java.class.path");
        // classes from the fat jar are loaded by Boot's LaunchedClassLoader, not the application class loader
        boolean fatJar = JavaClassPath.class.getClassLoader().getClass().getName()
                .startsWith("org.springframework.boot.loader.");
        return new JavaClassPath(fatJar ? Path.of(classPath).toAbsolutePath().toString() : classPath, fatJar);
    }

    /** The JVM arguments that run this main class. */
    List<String> launch(String mainClass) {
        if (fatJar) {
            return List.of("-cp", classPath, "-Dloader.main=" + mainClass, PROPERTIES_LAUNCHER);
        }
        return List.of("-cp", classPath, mainClass);
    }
}
