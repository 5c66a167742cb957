package org.whosaid.spark;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.whosaid.result.ResultJson;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Spark columns for Java records, read from the records themselves: one column per component, named
 * as in the JSON form; nested records become structs, lists arrays, enums their JSON names. A
 * component added to a record becomes a column without a change here.
 */
final class RecordRows {

    private RecordRows() {}

    /**
     * @param type a record class
     * @param skip components left out (lists written as tables of their own)
     * @return the columns of its components, in declaration order
     */
    static List<StructField> fields(Class<? extends Record> type, Set<String> skip) {
        List<StructField> fields = new ArrayList<>();
        for (RecordComponent c : type.getRecordComponents()) {
            if (!skip.contains(c.getName())) {
                fields.add(DataTypes.createStructField(c.getName(), typeOf(c.getGenericType()), nullable(c)));
            }
        }
        return fields;
    }

    /**
     * @param record a record
     * @param skip components left out, as for {@link #fields}
     * @return the column values of its components, in declaration order
     */
    static List<Object> values(Record record, Set<String> skip) {
        List<Object> values = new ArrayList<>();
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            if (!skip.contains(c.getName())) {
                values.add(value(component(record, c)));
            }
        }
        return values;
    }

    private static DataType typeOf(Type type) {
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            return DataTypes.createArrayType(typeOf(p.getActualTypeArguments()[0]), true);
        }
        if (!(type instanceof Class<?> c)) {
            throw new IllegalArgumentException("no column type for " + type);
        }
        if (c == String.class || c.isEnum()) {
            return DataTypes.StringType;
        }
        if (c == int.class || c == Integer.class) {
            return DataTypes.IntegerType;
        }
        if (c == long.class || c == Long.class) {
            return DataTypes.LongType;
        }
        if (c == double.class || c == Double.class) {
            return DataTypes.DoubleType;
        }
        if (c == boolean.class || c == Boolean.class) {
            return DataTypes.BooleanType;
        }
        if (c.isRecord()) {
            @SuppressWarnings("unchecked")
            Class<? extends Record> r = (Class<? extends Record>) c;
            return DataTypes.createStructType(fields(r, Set.of()));
        }
        throw new IllegalArgumentException("no column type for " + c.getName());
    }

    private static boolean nullable(RecordComponent c) {
        return !c.getType().isPrimitive();
    }

    private static Object value(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof Enum<?> e) {
            // The JSON name (Kind.DIRECT is "direct").
            JsonNode json = ResultJson.mapper().valueToTree(e);
            return json.asText();
        }
        if (v instanceof Record r) {
            return RowFactory.create(values(r, Set.of()).toArray());
        }
        if (v instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(x -> out.add(value(x)));
            return CollectionConverters.asScala(out).toSeq();
        }
        return v;
    }

    private static Object component(Record record, RecordComponent c) {
        try {
            return c.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + c.getName() + " of " + record.getClass(), e);
        }
    }

    /**
     * @param fields columns
     * @return a row type of them
     */
    static StructType struct(List<StructField> fields) {
        return DataTypes.createStructType(fields);
    }

    /**
     * @param values column values
     * @return a row of them
     */
    static Row row(List<Object> values) {
        return RowFactory.create(values.toArray());
    }
}
