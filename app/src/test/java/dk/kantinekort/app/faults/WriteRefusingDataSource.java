package dk.kantinekort.app.faults;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * A fault for tests: the event-store database refuses every write while {@link #REFUSING} is set, as a full disk
 * does (SQLState 53100, "disk full"); reads keep working. Added to the embedded default's contexts with
 * {@code --spring.main.sources=dk.kantinekort.app.faults.WriteRefusingDataSource}: it wraps the DataSource bean, so
 * the event store, the look-up tables and the transaction manager all meet the fault.
 */
@Configuration(proxyBeanMethods = false)
public class WriteRefusingDataSource {

    /** While true, INSERT, UPDATE, DELETE and MERGE fail. */
    public static final AtomicBoolean REFUSING = new AtomicBoolean();

    @Bean
    static BeanPostProcessor refuseWritesOnDemand() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource dataSource && !(bean instanceof Refusing)
                        ? new Refusing(dataSource) : bean;
            }
        };
    }

    private static final class Refusing extends DelegatingDataSource {

        Refusing(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return wrap(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return wrap(super.getConnection(username, password));
        }

        private static Connection wrap(Connection connection) {
            return proxy(Connection.class, connection, (method, args) -> {
                if (method.getName().startsWith("prepare") && args != null && args[0] instanceof String sql) {
                    refuseIfWrite(sql);
                }
                Object result = invoke(method, connection, args);
                return method.getName().equals("createStatement") ? statement((Statement) result) : result;
            });
        }

        private static Statement statement(Statement statement) {
            return proxy(Statement.class, statement, (method, args) -> {
                if (method.getName().startsWith("execute") && args != null && args.length > 0
                        && args[0] instanceof String sql) {
                    refuseIfWrite(sql);
                }
                return invoke(method, statement, args);
            });
        }

        private static void refuseIfWrite(String sql) throws SQLException {
            String verb = sql.stripLeading().toUpperCase(Locale.ROOT);
            if (REFUSING.get() && (verb.startsWith("INSERT") || verb.startsWith("UPDATE") || verb.startsWith("DELETE")
                    || verb.startsWith("MERGE"))) {
                throw new SQLException("could not extend file: No space left on device (injected)", "53100");
            }
        }

        private interface Call {
            Object apply(Method method, Object[] args) throws Throwable;
        }

        @SuppressWarnings("unchecked")
        private static <T> T proxy(Class<T> type, T target, Call call) {
            InvocationHandler handler = (p, method, args) -> call.apply(method, args);
            return (T) Proxy.newProxyInstance(WriteRefusingDataSource.class.getClassLoader(), new Class<?>[]{type},
                    handler);
        }

        private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
