package io.memberpulse.support.plans;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * A data source that remembers every query EclipseLink runs: its SQL and the values bound to it, exactly as they
 * went to PostgreSQL, so that a test can ask PostgreSQL how it plans the application's own statements.
 */
final class CapturingDataSource {

    /** One executed query: the SQL and its parameters by position. */
    record Statement(String sql, TreeMap<Integer, Object> parameters) {
    }

    private final List<Statement> executed = new ArrayList<>();

    DataSource dataSource(String url, String user, String password) {
        return proxy(DataSource.class, (self, method, args) -> switch (method.getName()) {
            case "getConnection" -> connection(DriverManager.getConnection(url, user, password));
            case "getLoginTimeout" -> 0;
            case "isWrapperFor" -> false;
            default -> null;
        });
    }

    synchronized List<Statement> drain() {
        List<Statement> all = List.copyOf(executed);
        executed.clear();
        return all;
    }

    private Connection connection(Connection real) {
        return proxy(Connection.class, (self, method, args) -> {
            Object result = call(real, method, args);
            if (method.getName().equals("prepareStatement")) {
                return statement((PreparedStatement) result, (String) args[0]);
            }
            return result;
        });
    }

    private PreparedStatement statement(PreparedStatement real, String sql) {
        TreeMap<Integer, Object> parameters = new TreeMap<>();
        return proxy(PreparedStatement.class, (self, method, args) -> {
            String name = method.getName();
            if (name.startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer index) {
                parameters.put(index, name.equals("setNull") ? null : args[1]);
            } else if (name.equals("executeQuery")) {
                synchronized (this) {
                    executed.add(new Statement(sql, new TreeMap<>(parameters)));
                }
            }
            return call(real, method, args);
        });
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(CapturingDataSource.class.getClassLoader(), new Class<?>[] {type}, handler);
    }
}
